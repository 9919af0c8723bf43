package cn.shixian.workcalendar;

/** Every error of the working-day calendar: bad input or bad holiday data. */
public sealed class CalendarException extends RuntimeException
        permits CalendarException.InvalidRegion, CalendarException.OutOfRange,
        CalendarException.InvalidWorkingDays, CalendarException.InvalidNotice {

    CalendarException(String message) {
        super(message);
    }

    /** A region code that is not a 2–6 digit GB/T 2260 code. */
    public static final class InvalidRegion extends CalendarException {
        InvalidRegion(String message) {
            super(message);
        }
    }

    /** A date, or a due date, outside the supported range. */
    public static final class OutOfRange extends CalendarException {
        OutOfRange(String message) {
            super(message);
        }
    }

    /** A working-day count below 0 or above {@value WorkingDayCalendar#MAX_WORKING_DAYS}. */
    public static final class InvalidWorkingDays extends CalendarException {
        InvalidWorkingDays(String message) {
            super(message);
        }
    }

    /** A holiday notice that cannot be read, or that contradicts itself or other notices. */
    public static final class InvalidNotice extends CalendarException {
        InvalidNotice(String message) {
            super(message);
        }
    }
}
