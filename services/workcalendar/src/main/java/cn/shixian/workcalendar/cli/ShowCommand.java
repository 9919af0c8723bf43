package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.DayStatus;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.RegionOverlay;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code show [--region CODE] YEAR}: the version, why the year is provisional, each regional layer
 * that applies with the year's source and confidence, then a month-by-month grid of days off and
 * make-up working days.
 */
@Command(name = "show", description = "Month-by-month grid of YEAR: '*' day off on a weekday, "
        + "'+' make-up working day on a weekend (调休上班), '?' computed day off of a provisional year.")
final class ShowCommand extends CalendarCommand {

    private static final String LEGEND = "* day off on a weekday   + make-up working day on a weekend"
            + "   ? computed day off (no notice loaded: provisional)";

    @Parameters(paramLabel = "YEAR")
    private int year;

    @Override
    public Integer call() {
        WorkingDayCalendar calendar = calendar();
        StringBuilder text = new StringBuilder();
        DayStatus first = calendar.isWorkingDay(LocalDate.of(year, 1, 1), region); // rejects a year out of range
        text.append(year).append(" region ").append(region).append(", calendar ").append(first.calendarVersion())
                .append('\n');
        first.reasons().forEach(reason -> text.append("provisional: ").append(reason).append('\n'));
        for (RegionOverlay layer : calendar.layers(region)) {
            text.append("layer ").append(layer.prefix()).append(' ').append(layer.name())
                    .append(layer.legalBasis().isEmpty() ? "" : ": " + layer.legalBasis()).append('\n');
            text.append("  ").append(year).append(": ").append(calendar.notice(layer.prefix(), year)
                    .map(ShowCommand::announced).orElse("not announced")).append('\n');
        }
        for (int month = 1; month <= 12; month++) {
            grid(text, YearMonth.of(year, month), calendar);
        }
        text.append('\n').append(LEGEND).append('\n');
        out().print(text);
        out().flush();
        return 0;
    }

    private static String announced(HolidayNotice notice) {
        return notice.confidence() + (notice.isConfirmed() ? "" : " (provisional)") + "; source " + notice.source();
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
