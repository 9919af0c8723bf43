package cn.shixian.contracts;

import java.util.Arrays;
import java.util.Optional;

/** Every CloudEvents {@code type} Shixian knows, the topic it travels on and its data record. */
public enum EventType {
    ITEM_CREATED("disclosure.item.created", Topic.ITEMS, ItemCreated.class),
    ITEM_CHANGED("disclosure.item.changed", Topic.ITEMS, ItemChanged.class),
    ITEM_PUBLISHED("disclosure.item.published", Topic.ITEMS, ItemPublished.class),
    ITEM_RETIRED("disclosure.item.retired", Topic.ITEMS, ItemRetired.class),
    DEADLINE_OPENED("disclosure.deadline.opened", Topic.DEADLINES, DeadlineOpened.class),
    DEADLINE_RECOMPUTED("disclosure.deadline.recomputed", Topic.DEADLINES, DeadlineRecomputed.class),
    DEADLINE_MET("disclosure.deadline.met", Topic.DEADLINES, DeadlineMet.class),
    DEADLINE_CANCELLED("disclosure.deadline.cancelled", Topic.DEADLINES, DeadlineCancelled.class),
    DEADLINE_TIME_LIMIT_SET("disclosure.deadline.time-limit-set", Topic.DEADLINES, TimeLimitSet.class),
    ALERT_DUE_SOON("disclosure.alert.due-soon", Topic.ALERTS, Alert.class),
    ALERT_OVERDUE("disclosure.alert.overdue", Topic.ALERTS, Alert.class),
    ALERT_ESCALATED("disclosure.alert.escalated", Topic.ALERTS, Alert.class),
    ALERT_PUBLISHED_LATE("disclosure.alert.published-late", Topic.ALERTS, Alert.class),
    CALENDAR_LOADED("disclosure.calendar.loaded", Topic.CALENDARS, CalendarLoaded.class),
    REQUEST_RECEIVED("disclosure.request.received", Topic.REQUESTS, RequestReceived.class),
    REQUEST_CORRECTION_REQUESTED("disclosure.request.correction-requested", Topic.REQUESTS,
            RequestCorrectionRequested.class),
    REQUEST_CORRECTED("disclosure.request.corrected", Topic.REQUESTS, RequestCorrected.class),
    REQUEST_CONSULTATION_STARTED("disclosure.request.consultation-started", Topic.REQUESTS,
            RequestConsultationStarted.class),
    REQUEST_CONSULTATION_ENDED("disclosure.request.consultation-ended", Topic.REQUESTS, RequestConsultationEnded.class),
    REQUEST_EXTENDED("disclosure.request.extended", Topic.REQUESTS, RequestExtended.class),
    REQUEST_ANSWERED("disclosure.request.answered", Topic.REQUESTS, RequestAnswered.class),
    REQUEST_WITHDRAWN("disclosure.request.withdrawn", Topic.REQUESTS, RequestWithdrawn.class),
    REQUEST_DEADLINE_OPENED("disclosure.request.deadline.opened", Topic.DEADLINES, RequestDeadlineOpened.class),
    REQUEST_DEADLINE_RECOMPUTED("disclosure.request.deadline.recomputed", Topic.DEADLINES,
            RequestDeadlineRecomputed.class),
    REQUEST_DEADLINE_PAUSED("disclosure.request.deadline.paused", Topic.DEADLINES, RequestDeadlinePaused.class),
    REQUEST_DEADLINE_MET("disclosure.request.deadline.met", Topic.DEADLINES, RequestDeadlineMet.class),
    REQUEST_DEADLINE_CANCELLED("disclosure.request.deadline.cancelled", Topic.DEADLINES,
            RequestDeadlineCancelled.class),
    REQUEST_ALERT_DUE_SOON("disclosure.request.alert.due-soon", Topic.ALERTS, RequestAlert.class),
    REQUEST_ALERT_OVERDUE("disclosure.request.alert.overdue", Topic.ALERTS, RequestAlert.class),
    REQUEST_ALERT_ESCALATED("disclosure.request.alert.escalated", Topic.ALERTS, RequestAlert.class),
    REQUEST_ALERT_ANSWERED_LATE("disclosure.request.alert.answered-late", Topic.ALERTS, RequestAlert.class);

    private final String type;
    private final Topic topic;
    private final Class<? extends EventData> dataType;

    EventType(String type, Topic topic, Class<? extends EventData> dataType) {
        this.type = type;
        this.topic = topic;
        this.dataType = dataType;
    }

    public String type() {
        return type;
    }

    public Topic topic() {
        return topic;
    }

    public Class<? extends EventData> dataType() {
        return dataType;
    }

    /** File name of the JSON Schema of this type's {@code data}, under {@code schemas/}. */
    public String schemaFile() {
        return type + ".schema.json";
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
