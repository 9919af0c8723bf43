package cn.shixian.alerting.obligation;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.alerting.lifecycle.TransitionTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the read model as a batch sees it: what it was opened with (region, body, title, the
 * day it changed, category: never changed afterwards) and what the events move (due date and its
 * instants, calendar version, state, publication).
 *
 * @param title           the item's title, or a request's subject
 * @param workingDaysLate set when closed MET_LATE
 * @param limitKind       the kind of time limit it was opened under (deadline.opened's timeLimitKind);
 *                        null for a request
 */
record ObligationRow(ObligationKey key, ObligationKind kind, String region, String responsibleBody, String title,
                     LocalDate changedOn, List<String> category, LocalDate dueOn, TransitionTimes times,
                     String calendarVersion, boolean provisional, ObligationState state, Instant stateSince,
                     Instant publishedAt, Integer workingDaysLate, String limitKind) {

    ObligationRow {
        category = List.copyOf(category);
    }

    /**
     * A new due date, and the state the lifecycle gives with it (state_since kept when it stays);
     * {@code newLimitKind} when the time limit is now read otherwise, else null.
     */
    ObligationRow dueOn(LocalDate newDueOn, TransitionTimes newTimes, String newCalendarVersion, boolean newProvisional,
                        ObligationState newState, Instant now, String newLimitKind) {
        return new ObligationRow(key, kind, region, responsibleBody, title, changedOn, category, newDueOn, newTimes,
                newCalendarVersion, newProvisional, newState, newState == state ? stateSince : now, publishedAt,
                workingDaysLate, newLimitKind == null ? limitKind : newLimitKind);
    }

    /** In {@code newState} from {@code now}, nothing else changed (paused, cancelled). */
    ObligationRow in(ObligationState newState, Instant now) {
        return new ObligationRow(key, kind, region, responsibleBody, title, changedOn, category, dueOn, times,
                calendarVersion, provisional, newState, now, publishedAt, workingDaysLate, limitKind);
    }

    /** Closed by a publication (or a request's answer) at {@code at}. */
    ObligationRow published(ObligationState closedAs, Instant now, Instant at, Integer daysLate) {
        return new ObligationRow(key, kind, region, responsibleBody, title, changedOn, category, dueOn, times,
                calendarVersion, provisional, closedAs, now, at, daysLate, limitKind);
    }
}
