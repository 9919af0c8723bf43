package cn.shixian.deadline.request;

import java.time.LocalDate;

/**
 * Something the law asks for that the agency or a third party did not keep to. A flag does not
 * change the due date; it is shown to the officer and counted.
 *
 * @param on          the day it became apparent
 * @param workingDays how long it took
 * @param limit       how long it may take
 */
public record ClockFlag(Kind kind, LocalDate on, int workingDays, int limit) {

    /** What was not kept to. */
    public enum Kind {
        /** 补正告知超期: the correction was asked for later than 7 working days after receipt (art. 30). */
        LATE_CORRECTION_REQUEST,
        /** 第三方逾期答复: a third party took longer than its 15 working days (art. 32). */
        LONG_THIRD_PARTY_CONSULTATION
    }

    public String message() {
        return switch (kind) {
            case LATE_CORRECTION_REQUEST -> "correction (补正) requested on " + on + ", " + workingDays
                    + " working days after receipt; art. 30 wants it within " + limit;
            case LONG_THIRD_PARTY_CONSULTATION -> "the third party answered on " + on + " after " + workingDays
                    + " working days; art. 32 gives it " + limit;
        };
    }
}
