package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCount;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code between [--region CODE] FROM TO}: working days in (FROM, TO]. */
@Command(name = "between", description = "Working days in (FROM, TO]; negative when TO is before FROM;"
        + " followed by ' provisional' when it is.")
final class BetweenCommand implements Callable<Integer> {

    @ParentCommand
    private WorkCalendarCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--region", defaultValue = "00",
            description = "GB/T 2260 code, 2, 4 or 6 digits (default: 00, national).")
    private RegionCode region;

    @Parameters(index = "0", paramLabel = "FROM")
    private LocalDate from;

    @Parameters(index = "1", paramLabel = "TO")
    private LocalDate to;

    @Override
    public Integer call() {
        WorkingDayCount count = cli.calendar().workingDaysBetween(from, to, region);
        spec.commandLine().getOut().println(count.workingDays() + (count.provisional() ? " provisional" : ""));
        return 0;
    }
}
