package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.DayStatus;
import cn.shixian.workcalendar.RegionCode;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code is-workday [--region CODE] DATE}: prints {@code yes} or {@code no}; exit code 0 either way. */
@Command(name = "is-workday", description = "Whether DATE is a working day: prints 'yes' or 'no' (+ ' provisional').")
final class IsWorkdayCommand implements Callable<Integer> {

    @Option(names = "--region", defaultValue = "00", description = "GB/T 2260 code, 2-6 digits (default: national).")
    String region;

    @Parameters(paramLabel = "DATE")
    LocalDate date;

    @Override
    public Integer call() {
        DayStatus status = WorkCalendarCli.calendar().isWorkingDay(date, RegionCode.of(region));
        System.out.println((status.workingDay() ? "yes" : "no") + (status.provisional() ? " provisional" : ""));
        return 0;
    }
}
