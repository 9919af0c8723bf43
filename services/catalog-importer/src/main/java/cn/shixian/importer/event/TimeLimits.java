package cn.shixian.importer.event;

import cn.shixian.contracts.TimeLimit;
import cn.shixian.workcalendar.timelimit.TimeLimitKind;
import cn.shixian.workcalendar.timelimit.TimeLimitParser;
import cn.shixian.workcalendar.timelimit.TimeLimitReading;

/**
 * Maps a 公开时限 text to the event's {@link TimeLimit} with the shared workcalendar parser: the
 * text as written, and the working days it names, or null when it names none (calendar days, a fixed
 * date, a period, continuous publication: the deadline-service reads the text itself with the same
 * parser) or cannot be read (the deadline-service then flags it unparsed and counts the default 20). An
 * extension ("可以延长10个工作日") is not added: it is a possibility, not the limit. A blank cell
 * gives no time limit at all, which the contract reads as the default 20 working days.
 */
public final class TimeLimits {

    /** The contract's longest text. */
    static final int MAX_TEXT = 2000;

    private TimeLimits() {
    }

    public static TimeLimit of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        TimeLimitReading reading = TimeLimitParser.read(text);
        boolean workingDays = !reading.unparsed()
                && (reading.kind() == TimeLimitKind.WORKING_DAYS || reading.kind() == TimeLimitKind.IMMEDIATE);
        return new TimeLimit(text, workingDays ? reading.days() : null);
    }

    /**
     * A 办理时限 text as the event carries it: as written, null for a blank cell. Never parsed: it is how
     * long the service takes, not when its guide must be published (docs/design.md rule 7).
     */
    public static String processing(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
