package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.DueQuery;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code due [--region CODE] DATE N} and {@code due [--region CODE] --batch}. */
@Command(name = "due", description = {"The N-th working day after DATE (YYYY-MM-DD), as YYYY-MM-DD,"
        + " followed by ' provisional' when a day that decided it has no loaded notice.",
        "With --batch: lines 'DATE N [REGION]' from stdin, one answer per line, in order;"
        + " at the first bad line the answers so far are written, the error goes to stderr, exit code 2."})
final class DueCommand extends CalendarCommand {

    @Option(names = "--batch", description = "Read lines 'DATE N [REGION]' from stdin.")
    private boolean batch;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATE")
    private LocalDate date;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N")
    private Integer workingDays;

    @Override
    public Integer call() throws IOException {
        if (batch != (date == null)) {
            throw usageError("give either DATE and N, or --batch");
        }
        if (batch) {
            return batch();
        }
        if (workingDays == null) {
            throw usageError("N (working days) is missing");
        }
        out().println(answer(calendar().due(date, workingDays, region)));
        return 0;
    }

    private int batch() throws IOException {
        var in = new BufferedReader(new InputStreamReader(stdin(), StandardCharsets.UTF_8), 1 << 16);
        Writer out = new BufferedWriter(out(), 1 << 16);
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.write(answer(DueQuery.parse(line, region).answer(calendar())));
                out.write('\n');
            } catch (CalendarException e) {
                out.flush();
                err().println("workcalendar: line " + lineNumber + ": " + e.getMessage());
                return WorkCalendarCli.BAD_INPUT;
            }
        }
        out.flush();
        return 0;
    }

    private static String answer(DueDate due) {
        return answer(due.date(), due.provisional());
    }
}
