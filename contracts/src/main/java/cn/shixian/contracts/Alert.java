package cn.shixian.contracts;

import java.time.LocalDate;

/**
 * {@code disclosure.alert.*}: an alert (预警) that an obligation changed state. The state decides the
 * event type, so one record serves all four alert types.
 *
 * @param workingDaysLeft    for DUE_SOON: working days until the end of {@code dueOn}
 * @param workingDaysOverdue for OVERDUE, ESCALATED, PUBLISHED_LATE: working days past {@code dueOn}
 * @param period             for a fixed-date or periodic obligation, its period (2025-Q3); null otherwise
 */
public record Alert(String itemId, int version, String region, String responsibleBody, LocalDate dueOn,
                    AlertState state, Integer workingDaysLeft, Integer workingDaysOverdue, String period)
        implements EventData {

    /** Without a period: the obligation does not recur. */
    public Alert(String itemId, int version, String region, String responsibleBody, LocalDate dueOn, AlertState state,
                 Integer workingDaysLeft, Integer workingDaysOverdue) {
        this(itemId, version, region, responsibleBody, dueOn, state, workingDaysLeft, workingDaysOverdue, null);
    }


    /** The states an alert reports. */
    public enum AlertState {
        DUE_SOON(EventType.ALERT_DUE_SOON),
        OVERDUE(EventType.ALERT_OVERDUE),
        ESCALATED(EventType.ALERT_ESCALATED),
        PUBLISHED_LATE(EventType.ALERT_PUBLISHED_LATE);

        private final EventType eventType;

        AlertState(EventType eventType) {
            this.eventType = eventType;
        }
    }

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return state.eventType;
    }
}
