package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCount;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code between [--region CODE] FROM TO}: working days in (FROM, TO]. */
@Command(name = "between", description = "Working days in (FROM, TO]; negative when TO is before FROM.")
final class BetweenCommand implements Callable<Integer> {

    @Option(names = "--region", defaultValue = "00", description = "GB/T 2260 code, 2-6 digits (default: national).")
    String region;

    @Parameters(index = "0", paramLabel = "FROM")
    LocalDate from;

    @Parameters(index = "1", paramLabel = "TO")
    LocalDate to;

    @Override
    public Integer call() {
        WorkingDayCount count = WorkCalendarCli.calendar().workingDaysBetween(from, to, RegionCode.of(region));
        System.out.println(count.workingDays() + (count.provisional() ? " provisional" : ""));
        return 0;
    }
}
