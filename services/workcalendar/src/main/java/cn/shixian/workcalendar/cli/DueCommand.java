package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.DueQuery;
import cn.shixian.workcalendar.RegionCode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code due [--region CODE] DATE N} and {@code due [--region CODE] --batch}. */
@Command(name = "due", description = {"The N-th working day after DATE (YYYY-MM-DD), as YYYY-MM-DD,"
        + " followed by ' provisional' when a day that decided it has no loaded notice.",
        "With --batch: lines 'DATE N [REGION]' from stdin, one answer per line, in order;"
        + " at the first bad line the answers so far are written, the error goes to stderr, exit code 2."})
final class DueCommand implements Callable<Integer> {

    @ParentCommand
    private WorkCalendarCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--region", defaultValue = "00",
            description = "GB/T 2260 code, 2, 4 or 6 digits (default: 00, national).")
    private RegionCode region;

    @Option(names = "--batch", description = "Read lines 'DATE N [REGION]' from stdin.")
    private boolean batch;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATE")
    private LocalDate date;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N")
    private Integer workingDays;

    @Override
    public Integer call() throws IOException {
        if (batch != (date == null)) {
            throw new ParameterException(spec.commandLine(), "give either DATE and N, or --batch");
        }
        if (batch) {
            return batch();
        }
        if (workingDays == null) {
            throw new ParameterException(spec.commandLine(), "N (working days) is missing");
        }
        spec.commandLine().getOut().println(answer(cli.calendar().due(date, workingDays, region)));
        return 0;
    }

    private int batch() throws IOException {
        var in = new BufferedReader(new InputStreamReader(cli.stdin(), StandardCharsets.UTF_8), 1 << 16);
        Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.write(answer(DueQuery.parse(line, region).answer(cli.calendar())));
                out.write('\n');
            } catch (CalendarException e) {
                out.flush();
                spec.commandLine().getErr().println("workcalendar: line " + lineNumber + ": " + e.getMessage());
                return WorkCalendarCli.BAD_INPUT;
            }
        }
        out.flush();
        return 0;
    }

    private static String answer(DueDate due) {
        return due.provisional() ? due.date() + " provisional" : due.date().toString();
    }
}
