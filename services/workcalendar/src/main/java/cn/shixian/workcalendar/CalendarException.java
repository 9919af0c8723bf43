package cn.shixian.workcalendar;

/**
 * Every error of the working-day calendar: bad input or bad holiday data. The subtypes say which,
 * so a caller can tell a bad request (reject it) from bad calendar data (alert an operator).
 */
public sealed class CalendarException extends RuntimeException
        permits CalendarException.InvalidRegion, CalendarException.InvalidDate, CalendarException.OutOfRange,
        CalendarException.InvalidWorkingDays, CalendarException.InvalidQuery, CalendarException.InvalidNotice {

    CalendarException(String message) {
        super(message);
    }

    /** A region code that is not a 2, 4 or 6 digit GB/T 2260 code. */
    public static final class InvalidRegion extends CalendarException {
        InvalidRegion(String message) {
            super(message);
        }
    }

    /** Text that is not an ISO date (YYYY-MM-DD). */
    public static final class InvalidDate extends CalendarException {
        InvalidDate(String message) {
            super(message);
        }
    }

    /** A date, or a due date, outside the supported range. */
    public static final class OutOfRange extends CalendarException {
        OutOfRange(String message) {
            super(message);
        }
    }

    /** A working-day count below 0, above {@value WorkingDayCalendar#MAX_WORKING_DAYS}, or not a number. */
    public static final class InvalidWorkingDays extends CalendarException {
        InvalidWorkingDays(String message) {
            super(message);
        }
    }

    /** A query line that is not {@code DATE N [REGION]}. */
    public static final class InvalidQuery extends CalendarException {
        InvalidQuery(String message) {
            super(message);
        }
    }

    /** A holiday notice or overlay that cannot be read, or that contradicts itself or loaded data. */
    public static final class InvalidNotice extends CalendarException {
        InvalidNotice(String message) {
            super(message);
        }
    }
}
