package cn.shixian.deadline.obligation;

import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineMet;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A publication obligation (公开义务) of one version of an item: publish by the end of {@code dueOn}
 * (docs/design.md rules 1, 2, 5).
 *
 * @param changedOn         the local day the information was formed or changed; not counted
 * @param dueAt             the first instant the obligation is overdue: the start of the day after {@code dueOn}
 * @param extensionDays     working days the time limit allows to extend by (可以延长), recorded only
 * @param timeLimitUnparsed the time-limit text could not be read; the default was used
 * @param workingDaysLate   for MET_LATE: working days in (dueOn, day of publication]
 */
public record Obligation(String itemId, int version, String region, String responsibleBody, String title,
                         OffsetDateTime changedAt, LocalDate changedOn, int workingDays, int extensionDays,
                         String timeLimitText, boolean timeLimitUnparsed, LocalDate dueOn, OffsetDateTime dueAt,
                         String calendarVersion, boolean provisional, ObligationState state,
                         OffsetDateTime publishedAt, Integer workingDaysLate, String closedReason) {

    Obligation met(OffsetDateTime at, int daysLate) {
        boolean late = !at.isBefore(dueAt);
        return new Obligation(itemId, version, region, responsibleBody, title, changedAt, changedOn, workingDays,
                extensionDays, timeLimitText, timeLimitUnparsed, dueOn, dueAt, calendarVersion, provisional,
                late ? ObligationState.MET_LATE : ObligationState.MET, at, late ? daysLate : null, null);
    }

    Obligation cancelled(String reason) {
        return new Obligation(itemId, version, region, responsibleBody, title, changedAt, changedOn, workingDays,
                extensionDays, timeLimitText, timeLimitUnparsed, dueOn, dueAt, calendarVersion, provisional,
                ObligationState.CANCELLED, null, null, reason);
    }

    Obligation rescheduled(LocalDate newDueOn, OffsetDateTime newDueAt, String newCalendarVersion,
                           boolean newProvisional) {
        return new Obligation(itemId, version, region, responsibleBody, title, changedAt, changedOn, workingDays,
                extensionDays, timeLimitText, timeLimitUnparsed, newDueOn, newDueAt, newCalendarVersion,
                newProvisional, state, publishedAt, workingDaysLate, closedReason);
    }

    public boolean isOpen() {
        return state.isOpen();
    }

    public boolean isLate() {
        return state == ObligationState.MET_LATE;
    }

    /** @param category the 一级/二级/三级事项 of the revision that opened it (not stored with the obligation) */
    DeadlineOpened opened(List<String> category) {
        return new DeadlineOpened(itemId, version, region, responsibleBody, title, category, changedOn, dueOn, dueAt,
                workingDays, calendarVersion, provisional, timeLimitUnparsed);
    }

    DeadlineMet metEvent() {
        return new DeadlineMet(itemId, version, publishedAt, dueOn, isLate(), isLate() ? workingDaysLate : 0);
    }

    DeadlineCancelled cancelledEvent() {
        return new DeadlineCancelled(itemId, version, closedReason);
    }

    DeadlineRecomputed recomputedEvent(LocalDate previousDueOn) {
        return new DeadlineRecomputed(itemId, version, region, responsibleBody, title, changedOn, dueOn, dueAt,
                workingDays, calendarVersion, provisional, timeLimitUnparsed, previousDueOn);
    }
}
