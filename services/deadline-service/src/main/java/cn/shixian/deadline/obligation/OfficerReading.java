package cn.shixian.deadline.obligation;

import cn.shixian.contracts.TimeLimit;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An officer's reading of an item's time limit (时限认定): how its text is to be counted, set by hand
 * where the parser refused the text or read it wrong, e.g. "30 calendar days" (docs/design.md "Time
 * limits"). It holds for every later revision with the same text; a revision with other text drops it.
 *
 * @param limit the reading: {@code kind} with its fields; {@code text} the item's text it reads (null if none)
 * @param setBy the officer's user name
 */
public record OfficerReading(TimeLimit limit, String setBy, OffsetDateTime setAt) {

    public OfficerReading {
        Objects.requireNonNull(limit.kind(), "an officer's reading names its kind");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
    }

    /** The reading of {@code text}, by {@code setBy}: the stated kind and its fields, kept with the text it reads. */
    public static OfficerReading of(TimeLimit stated, String text, String setBy, OffsetDateTime setAt) {
        return new OfficerReading(new TimeLimit(text, stated.workingDays(), stated.kind(), stated.calendarDays(),
                stated.schedule()), setBy, setAt);
    }

    /**
     * Why an obligation moved or ended by it, for the timeline and {@code deadline.cancelled}, as the
     * officers say it: "时限认定：hami 改读为 30日（日历日）".
     */
    public String reason() {
        return "时限认定：" + setBy + " 改读为 " + switch (limit.kind()) {
            case "WORKING_DAYS" -> limit.workingDays() + "个工作日";
            case "CALENDAR_DAYS" -> limit.calendarDays() + "日（日历日）";
            case "IMMEDIATE" -> "即时";
            case "FIXED_DATE" -> "固定日期（" + StatedTimeLimit.reading(limit).schedule().code() + "）";
            case "PERIODIC" -> "周期性（" + StatedTimeLimit.reading(limit).schedule().code() + "）";
            default -> "长期公开";
        };
    }

    /** Whether it reads this text (a revision's time limit): the text it was set for. */
    boolean reads(TimeLimit revised) {
        return Objects.equals(limit.text(), revised == null ? null : revised.text());
    }
}
