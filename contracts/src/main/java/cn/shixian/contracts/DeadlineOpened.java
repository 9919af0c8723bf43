package cn.shixian.contracts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code disclosure.deadline.opened}: a publication obligation (公开义务) for one version of an item.
 *
 * @param dueOn             the last day to publish on (region's calendar)
 * @param dueAt             the first instant the obligation is overdue: the start of the day after
 *                          {@code dueOn} in the region's zone
 * @param category          一级/二级/三级事项 of the item's revision, outermost first; empty when none
 * @param calendarVersion   the working-day calendar that produced {@code dueOn}
 * @param provisional       {@code dueOn} rests on a year whose holiday notice is not loaded yet
 * @param workingDays       N of the time limit: working days, or calendar days when {@code timeLimitKind}
 *                          is CALENDAR_DAYS; 0 for immediate and fixed dates
 * @param timeLimitUnparsed the time-limit text could not be read; the default 20 days was used
 * @param timeLimitKind     WORKING_DAYS, CALENDAR_DAYS, IMMEDIATE, FIXED_DATE or PERIODIC (null from a
 *                          producer older than the field: WORKING_DAYS)
 * @param period            for FIXED_DATE and PERIODIC, the period it is for (2025-09, 2025-Q3, 2025-H2, 2025)
 */
public record DeadlineOpened(String itemId, int version, String region, String responsibleBody, String title,
                             List<String> category, LocalDate changedOn, LocalDate dueOn, OffsetDateTime dueAt, int workingDays,
                             String calendarVersion, boolean provisional, boolean timeLimitUnparsed,
                             String timeLimitKind, String period)
        implements EventData {

    public DeadlineOpened {
        category = category == null ? List.of() : List.copyOf(category);
    }

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.DEADLINE_OPENED;
    }
}
