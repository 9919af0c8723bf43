package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.RegionCode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code due [--region CODE] DATE N} and {@code due --batch}. */
@Command(name = "due", description = "The N-th working day after DATE (YYYY-MM-DD); ' provisional' is appended when it is.")
final class DueCommand implements Callable<Integer> {

    @Option(names = "--region", defaultValue = "00", description = "GB/T 2260 code, 2-6 digits (default: national).")
    String region;

    @Option(names = "--batch", description = "Read lines 'DATE N [REGION]' from stdin, answer one line each, in order.")
    boolean batch;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DATE")
    LocalDate date;

    @Parameters(index = "1", arity = "0..1", paramLabel = "N")
    Integer workingDays;

    @Override
    public Integer call() throws IOException {
        if (batch) {
            return batch();
        }
        if (date == null || workingDays == null) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "DATE and N are required");
        }
        System.out.println(answer(date, workingDays, RegionCode.of(region)));
        return 0;
    }

    private int batch() throws IOException {
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 2 || fields.length > 3) {
                out.flush();
                System.err.println("workcalendar: line " + lineNumber + ": expected 'DATE N [REGION]', got '" + line + "'");
                return WorkCalendarCli.BAD_INPUT;
            }
            RegionCode code = RegionCode.of(fields.length == 3 ? fields[2] : region);
            out.write(answer(LocalDate.parse(fields[0]), Integer.parseInt(fields[1]), code));
            out.newLine();
        }
        out.flush();
        return 0;
    }

    private static String answer(LocalDate start, int n, RegionCode region) {
        DueDate due = WorkCalendarCli.calendar().due(start, n, region);
        return due.provisional() ? due.date() + " provisional" : due.date().toString();
    }
}
