package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A request for a due date as text, e.g. a line {@code 2025-09-24 20 650500} of the CLI's batch
 * input: start day, working days, and optionally a region. Parsing raises the typed errors.
 */
public record DueQuery(LocalDate start, int workingDays, RegionCode region) {

    /** Parses {@code DATE N [REGION]}, fields separated by blanks; {@code defaultRegion} if none is given. */
    public static DueQuery parse(String line, RegionCode defaultRegion) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length < 2 || fields.length > 3) {
            throw new CalendarException.InvalidQuery("expected 'DATE N [REGION]', got '" + line + "'");
        }
        RegionCode region = fields.length == 3 ? RegionCode.of(fields[2]) : defaultRegion;
        return new DueQuery(parseDate(fields[0]), parseWorkingDays(fields[1]), region);
    }

    /** An ISO date, YYYY-MM-DD; throws {@link CalendarException.InvalidDate}. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CalendarException.InvalidDate("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** A count of working days; throws {@link CalendarException.InvalidWorkingDays} if it is not a whole number. */
    public static int parseWorkingDays(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new CalendarException.InvalidWorkingDays("'" + text + "' is not a number of working days");
        }
    }

    /** The due date this query asks for. */
    public DueDate answer(WorkingDayCalendar calendar) {
        return calendar.due(start, workingDays, region);
    }
}
