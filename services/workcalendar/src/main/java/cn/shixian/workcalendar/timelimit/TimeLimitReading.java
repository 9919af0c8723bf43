package cn.shixian.workcalendar.timelimit;

import java.util.Objects;

/**
 * What a catalog's time-limit text (时限, e.g. 公开时限 or 办理时限) says.
 *
 * @param workingDays   N, the working days (工作日) the limit grants; 0 for immediate (即时). When
 *                      {@code unparsed}, the default the caller gave, so it can always be used
 * @param extensionDays the working days the limit may be extended by ("可以延长10个工作日"); 0 when it
 *                      names none or is unparsed
 * @param unparsed      the text could not be read; {@code problem} says why
 * @param text          the text as given (may be null)
 * @param problem       a short English message naming why the text could not be read (one of
 *                      {@link TimeLimitProblems}); null when parsed
 */
public record TimeLimitReading(int workingDays, int extensionDays, boolean unparsed, String text, String problem) {

    public TimeLimitReading {
        if (workingDays < 0 || extensionDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays + ", " + extensionDays);
        }
        if (unparsed == (problem == null)) {
            throw new IllegalArgumentException("a problem is given exactly when the text is unparsed");
        }
        if (unparsed && extensionDays != 0) {
            throw new IllegalArgumentException("an unparsed text names no extension");
        }
    }

    /** A text that was read: {@code workingDays} and {@code extensionDays} are what it says. */
    public static TimeLimitReading parsed(String text, int workingDays, int extensionDays) {
        return new TimeLimitReading(workingDays, extensionDays, false, text, null);
    }

    /** A text that could not be read: {@code defaultWorkingDays} stands in for it. */
    public static TimeLimitReading unparsed(String text, int defaultWorkingDays, String problem) {
        return new TimeLimitReading(defaultWorkingDays, 0, true, text, Objects.requireNonNull(problem, "problem"));
    }

    /** Parsed and immediate (即时办结): due the same day if it is a working day, else the next one. */
    public boolean immediate() {
        return !unparsed && workingDays == 0;
    }
}
