package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.DayStatus;
import cn.shixian.workcalendar.RegionCode;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code is-workday [--region CODE] DATE}: prints {@code yes} or {@code no}; exit code 0 either way. */
@Command(name = "is-workday",
        description = "Whether DATE is a working day: 'yes' or 'no', followed by ' provisional' when it is.")
final class IsWorkdayCommand implements Callable<Integer> {

    @ParentCommand
    private WorkCalendarCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--region", defaultValue = "00",
            description = "GB/T 2260 code, 2, 4 or 6 digits (default: 00, national).")
    private RegionCode region;

    @Parameters(paramLabel = "DATE")
    private LocalDate date;

    @Override
    public Integer call() {
        DayStatus status = cli.calendar().isWorkingDay(date, region);
        String answer = status.workingDay() ? "yes" : "no";
        spec.commandLine().getOut().println(answer + (status.provisional() ? " provisional" : ""));
        return 0;
    }
}
