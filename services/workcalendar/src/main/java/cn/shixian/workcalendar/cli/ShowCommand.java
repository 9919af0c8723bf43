package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.DayStatus;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code show [--region CODE] YEAR}: a month-by-month grid. A day off on a weekday is marked
 * {@code *}, a make-up working day on a weekend {@code +}, a provisional year's days {@code ?}.
 */
@Command(name = "show", description = "Month-by-month grid of YEAR: '*' day off on a weekday, "
        + "'+' make-up working day (调休上班), '?' provisional, weekends plain.")
final class ShowCommand implements Callable<Integer> {

    @Option(names = "--region", defaultValue = "00", description = "GB/T 2260 code, 2-6 digits (default: national).")
    String region;

    @Parameters(paramLabel = "YEAR")
    int year;

    @Override
    public Integer call() {
        WorkingDayCalendar calendar = WorkCalendarCli.calendar();
        RegionCode code = RegionCode.of(region);
        StringBuilder out = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            grid(out, YearMonth.of(year, month), calendar, code);
        }
        out.append("* day off on a weekday   + make-up working day on a weekend   ? provisional (no notice loaded)\n");
        out.append("calendar ").append(calendar.version(code)).append('\n');
        System.out.print(out);
        return 0;
    }

    private static void grid(StringBuilder out, YearMonth month, WorkingDayCalendar calendar, RegionCode region) {
        out.append(String.format("%n%d-%02d%n Mo  Tu  We  Th  Fr  Sa  Su%n", month.getYear(), month.getMonthValue()));
        int lead = month.atDay(1).getDayOfWeek().getValue() - 1;
        out.append("    ".repeat(lead));
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            out.append(String.format("%3d%s", day, mark(calendar.isWorkingDay(date, region))));
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private static char mark(DayStatus status) {
        boolean weekend = status.date().getDayOfWeek().getValue() >= 6;
        if (weekend == status.workingDay()) {
            return status.workingDay() ? '+' : '*';
        }
        return status.provisional() ? '?' : ' ';
    }
}
