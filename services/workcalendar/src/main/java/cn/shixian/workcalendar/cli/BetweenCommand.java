package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.WorkingDayCount;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code between [--region CODE] FROM TO}: working days in (FROM, TO]. */
@Command(name = "between", description = "Working days in (FROM, TO]; negative when TO is before FROM;"
        + " followed by ' provisional' when it is.")
final class BetweenCommand extends CalendarCommand {

    @Parameters(index = "0", paramLabel = "FROM")
    private LocalDate from;

    @Parameters(index = "1", paramLabel = "TO")
    private LocalDate to;

    @Override
    public Integer call() {
        WorkingDayCount count = calendar().workingDaysBetween(from, to, region);
        out().println(answer(count.workingDays(), count.provisional()));
        return 0;
    }
}
