package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.DayStatus;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code show [--region CODE] YEAR}: a month-by-month grid of days off and make-up working days. */
@Command(name = "show", description = "Month-by-month grid of YEAR: '*' day off on a weekday, "
        + "'+' make-up working day on a weekend (调休上班), '?' computed day off of a provisional year.")
final class ShowCommand implements Callable<Integer> {

    private static final String LEGEND = "* day off on a weekday   + make-up working day on a weekend"
            + "   ? computed day off (no notice loaded: provisional)";

    @ParentCommand
    private WorkCalendarCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--region", defaultValue = "00",
            description = "GB/T 2260 code, 2, 4 or 6 digits (default: 00, national).")
    private RegionCode region;

    @Parameters(paramLabel = "YEAR")
    private int year;

    @Override
    public Integer call() {
        WorkingDayCalendar calendar = cli.calendar();
        StringBuilder out = new StringBuilder();
        DayStatus first = calendar.isWorkingDay(LocalDate.of(year, 1, 1), region); // rejects a year out of range
        out.append(year).append(" region ").append(region).append(", calendar ").append(first.calendarVersion())
                .append('\n');
        first.reasons().forEach(reason -> out.append("provisional: ").append(reason).append('\n'));
        for (int month = 1; month <= 12; month++) {
            grid(out, YearMonth.of(year, month), calendar);
        }
        out.append('\n').append(LEGEND).append('\n');
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void grid(StringBuilder out, YearMonth month, WorkingDayCalendar calendar) {
        out.append(String.format("%n%d-%02d%n  Mo  Tu  We  Th  Fr  Sa  Su%n", month.getYear(), month.getMonthValue()));
        out.append("    ".repeat(month.atDay(1).getDayOfWeek().getValue() - 1));
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            out.append(String.format("%3d%s", day, mark(calendar, date)));
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY && day < month.lengthOfMonth()) {
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private char mark(WorkingDayCalendar calendar, LocalDate date) {
        DayStatus status = calendar.isWorkingDay(date, region);
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        if (weekend && status.workingDay()) {
            return '+';
        }
        if (weekend || status.workingDay()) {
            return ' ';
        }
        return isComputed(calendar, date) ? '?' : '*';
    }

    /** A day off is computed when its year is provisional where it comes from: nationally, or only here. */
    private boolean isComputed(WorkingDayCalendar calendar, LocalDate date) {
        if (calendar.isProvisional(date.getYear(), RegionCode.NATIONAL)) {
            return true;
        }
        boolean regionalDayOff = calendar.isWorkingDay(date, RegionCode.NATIONAL).workingDay();
        return regionalDayOff && calendar.isProvisional(date.getYear(), region);
    }
}
