package cn.shixian.deadline.obligation;

import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineMet;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.workcalendar.timelimit.DueCount;
import cn.shixian.workcalendar.timelimit.DueCount.CountUnit;
import cn.shixian.workcalendar.timelimit.TimeLimitKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A publication obligation (公开义务) of one version of an item, and for a periodic time limit of one
 * period of it: publish by the end of {@code dueOn} (docs/design.md rules 1, 2, 5).
 *
 * @param changedOn         the local day the information was formed or changed; not counted
 * @param dueAt             the first instant the obligation is overdue: the start of the day after {@code dueOn}
 * @param extensionDays     working days the time limit allows to extend by (可以延长), recorded only
 * @param timeLimitUnparsed the time-limit text could not be read; the default was used
 * @param workingDays       N of the time limit, in {@code countUnit}: working days, or calendar days; 0
 *                          for a fixed date
 * @param workingDaysLate   for MET_LATE: working days in (dueOn, day of publication]
 * @param limitKind         the kind of time limit it was opened under
 * @param countUnit         how {@code dueOn} is counted from {@code countedFrom}, so a new calendar can count it again
 * @param countedFrom       the day the count starts from, not counted: {@code changedOn}, or for a periodic limit
 *                          the period's last day; for a fixed date the date itself
 * @param period            the period it is for (2025-Q3), for a fixed-date or periodic limit; null otherwise
 */
public record Obligation(String itemId, int version, String region, String responsibleBody, String title,
                         OffsetDateTime changedAt, LocalDate changedOn, int workingDays, int extensionDays,
                         String timeLimitText, boolean timeLimitUnparsed, LocalDate dueOn, OffsetDateTime dueAt,
                         String calendarVersion, boolean provisional, ObligationState state,
                         OffsetDateTime publishedAt, Integer workingDaysLate, String closedReason,
                         TimeLimitKind limitKind, CountUnit countUnit, LocalDate countedFrom, String period) {

    Obligation met(OffsetDateTime at, int daysLate) {
        boolean late = !at.isBefore(dueAt);
        return new Obligation(itemId, version, region, responsibleBody, title, changedAt, changedOn, workingDays,
                extensionDays, timeLimitText, timeLimitUnparsed, dueOn, dueAt, calendarVersion, provisional,
                late ? ObligationState.MET_LATE : ObligationState.MET, at, late ? daysLate : null, null,
                limitKind, countUnit, countedFrom, period);
    }

    Obligation cancelled(String reason) {
        return new Obligation(itemId, version, region, responsibleBody, title, changedAt, changedOn, workingDays,
                extensionDays, timeLimitText, timeLimitUnparsed, dueOn, dueAt, calendarVersion, provisional,
                ObligationState.CANCELLED, null, null, reason, limitKind, countUnit, countedFrom, period);
    }

    Obligation rescheduled(LocalDate newDueOn, OffsetDateTime newDueAt, String newCalendarVersion,
                           boolean newProvisional) {
        return new Obligation(itemId, version, region, responsibleBody, title, changedAt, changedOn, workingDays,
                extensionDays, timeLimitText, timeLimitUnparsed, newDueOn, newDueAt, newCalendarVersion,
                newProvisional, state, publishedAt, workingDaysLate, closedReason, limitKind, countUnit, countedFrom,
                period);
    }

    /** The obligation of another period of the same version, open, counted by {@code count}. */
    Obligation forPeriod(String periodKey, DueCount count, LocalDate newDueOn, OffsetDateTime newDueAt,
                         String newCalendarVersion, boolean newProvisional) {
        return new Obligation(itemId, version, region, responsibleBody, title, changedAt, changedOn, count.days(),
                extensionDays, timeLimitText, timeLimitUnparsed, newDueOn, newDueAt, newCalendarVersion,
                newProvisional, ObligationState.OPEN, null, null, null, limitKind, count.unit(), count.from(),
                periodKey);
    }

    /** How {@code dueOn} is counted. */
    public DueCount count() {
        return new DueCount(countUnit, countedFrom, workingDays);
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
                workingDays, calendarVersion, provisional, timeLimitUnparsed, limitKind.name(), period);
    }

    DeadlineMet metEvent() {
        return new DeadlineMet(itemId, version, publishedAt, dueOn, isLate(), isLate() ? workingDaysLate : 0, period);
    }

    DeadlineCancelled cancelledEvent() {
        return new DeadlineCancelled(itemId, version, closedReason, period);
    }

    DeadlineRecomputed recomputedEvent(LocalDate previousDueOn) {
        return recomputedEvent(previousDueOn, null);
    }

    /** @param newKind the kind it is counted by now, when an officer's reading changed how; null: as opened */
    DeadlineRecomputed recomputedEvent(LocalDate previousDueOn, TimeLimitKind newKind) {
        return new DeadlineRecomputed(itemId, version, region, responsibleBody, title, changedOn, dueOn, dueAt,
                workingDays, calendarVersion, provisional, timeLimitUnparsed, previousDueOn, period,
                newKind == null ? null : newKind.name());
    }
}
