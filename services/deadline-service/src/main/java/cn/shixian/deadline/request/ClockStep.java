package cn.shixian.deadline.request;

import java.time.LocalDate;

/**
 * One line of a request's clock as the officer reads it (办理过程): what happened on a day and
 * what it did to the due date.
 *
 * @param dueOn the due date after the step; null while nothing is due (waiting, consulting) or once withdrawn
 * @param note  what it did, e.g. "restarted: 20 working days from the corrected application"
 */
public record ClockStep(LocalDate on, Kind kind, LocalDate dueOn, String note) {

    /** What happened. */
    public enum Kind {
        RECEIVED, CORRECTION_REQUESTED, RESTARTED, CONSULTATION_STARTED, CONSULTATION_ENDED, EXTENDED, ANSWERED,
        WITHDRAWN, CLOSED_NOT_CORRECTED
    }
}
