package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.DayStatus;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code is-workday [--region CODE] DATE}: prints {@code yes} or {@code no}; exit code 0 either way. */
@Command(name = "is-workday",
        description = "Whether DATE is a working day: 'yes' or 'no', followed by ' provisional' when it is.")
final class IsWorkdayCommand extends CalendarCommand {

    @Parameters(paramLabel = "DATE")
    private LocalDate date;

    @Override
    public Integer call() {
        DayStatus status = calendar().isWorkingDay(date, region);
        out().println(answer(status.workingDay() ? "yes" : "no", status.provisional()));
        return 0;
    }
}
