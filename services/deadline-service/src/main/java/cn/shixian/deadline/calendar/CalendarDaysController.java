package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.CalendarDay;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import cn.shixian.web.query.InvalidParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calendars/{region}/days?year=}: the year grid (日历) of a region, on the live calendar. */
@RestController
class CalendarDaysController {

    private static final int FIRST_YEAR = WorkingDayCalendar.FIRST_DAY.getYear();
    private static final int LAST_YEAR = WorkingDayCalendar.LAST_DAY.getYear();

    private final CurrentCalendar current;
    private final CalendarYears years;

    CalendarDaysController(CurrentCalendar current, CalendarYears years) {
        this.current = current;
        this.years = years;
    }

    @Operation(summary = "A region's calendar for one year (role OFFICER)", description = """
            Every day of the year: working day or not, its kind (WORKING_DAY, WEEKEND, HOLIDAY, REGIONAL_HOLIDAY, \
            MAKE_UP_WORKING_DAY), the holiday names its notice gives, provisional where computed; why the year is \
            provisional (provisionalReasons); the regional layers applied, shortest prefix first, each with its \
            standing rule and the year's source and confidence; and the notice years that apply (national and \
            regional), as GET /api/calendars lists them. Readable by every officer, whatever their regions.""")
    @GetMapping("/api/calendars/{region}/days")
    CalendarGrid days(
            @Parameter(description = "CN (or 00) for the national calendar, else a GB/T 2260 code of 2, 4 or 6 digits")
            @PathVariable String region,
            @Parameter(description = "2000 to 2100") @RequestParam(required = false) String year) {
        RegionCode code = region(region);
        int asked = year(year);
        WorkingDayCalendar calendar = current.calendar();
        List<CalendarGrid.Day> days = new ArrayList<>(366);
        for (LocalDate date = LocalDate.of(asked, 1, 1); date.getYear() == asked; date = date.plusDays(1)) {
            CalendarDay day = calendar.describe(date, code);
            days.add(new CalendarGrid.Day(date, date.getDayOfWeek(), day.workingDay(), day.kind(), day.names(),
                    day.provisional()));
        }
        return new CalendarGrid(NoticeKey.name(code), asked, calendar.version(code).value(),
                calendar.isProvisional(asked, code), calendar.provisionalReasons(asked, code),
                layers(calendar, code, asked), days, years.applyingTo(code, asked));
    }

    private static List<CalendarGrid.Layer> layers(WorkingDayCalendar calendar, RegionCode code, int year) {
        return calendar.layers(code).stream().map(layer -> {
            Optional<HolidayNotice> notice = calendar.notice(layer.prefix(), year);
            return new CalendarGrid.Layer(layer.prefix().code(), layer.name(), layer.legalBasis(), notice.isPresent(),
                    notice.map(HolidayNotice::source).orElse(null), notice.map(HolidayNotice::confidence).orElse(null),
                    notice.map(HolidayNotice::confidenceLevel).orElse(null));
        }).toList();
    }

    private static RegionCode region(String region) {
        try {
            return NoticeKey.region(region);
        } catch (CalendarException.InvalidRegion e) {
            throw new InvalidParameter("region", "region must be CN (or 00) or a GB/T 2260 code of 2, 4 or 6 digits "
                    + "(65 = Xinjiang, 650500 = Hami); was '" + region + "'");
        }
    }

    private static int year(String year) {
        if (year == null || year.isBlank()) {
            throw new InvalidParameter("year", "year is required: " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value >= FIRST_YEAR && value <= LAST_YEAR) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameter("year", "year must be " + FIRST_YEAR + " to " + LAST_YEAR + "; was '" + year + "'");
    }
}
