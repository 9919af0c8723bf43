package cn.shixian.contracts;

import java.time.LocalDate;

/**
 * {@code disclosure.request.alert.*}: an alert (预警) that a request's answer period (答复期限, 依申请公开)
 * changed state. Its own types, next to the items' {@code disclosure.alert.*} on
 * {@code disclosure.alerts} (key = requestId), so a consumer that knows only item alerts passes
 * them by instead of mistaking a request for an item.
 *
 * @param subject            what the applicant asked for (申请内容)
 * @param workingDaysLeft    for DUE_SOON: working days until the end of {@code dueOn}
 * @param workingDaysOverdue for OVERDUE, ESCALATED, ANSWERED_LATE: working days past {@code dueOn}
 */
public record RequestAlert(String requestId, String region, String responsibleBody, String subject, LocalDate dueOn,
                           State state, Integer workingDaysLeft, Integer workingDaysOverdue) implements EventData {

    /** The states a request alert reports. */
    public enum State {
        /** 临期: due within the due-soon threshold. */
        DUE_SOON(EventType.REQUEST_ALERT_DUE_SOON),
        /** 逾期未答复: the answer period ended without an answer. */
        OVERDUE(EventType.REQUEST_ALERT_OVERDUE),
        /** 逾期升级: overdue by the escalation threshold. */
        ESCALATED(EventType.REQUEST_ALERT_ESCALATED),
        /** 逾期答复: answered after the due date. */
        ANSWERED_LATE(EventType.REQUEST_ALERT_ANSWERED_LATE);

        private final EventType eventType;

        State(EventType eventType) {
            this.eventType = eventType;
        }

        /** The request's state for the item alert state the same move raises (published late: answered late). */
        public static State of(Alert.AlertState state) {
            return switch (state) {
                case DUE_SOON -> DUE_SOON;
                case OVERDUE -> OVERDUE;
                case ESCALATED -> ESCALATED;
                case PUBLISHED_LATE -> ANSWERED_LATE;
            };
        }
    }

    @Override
    public String key() {
        return requestId;
    }

    @Override
    public EventType eventType() {
        return state.eventType;
    }
}
