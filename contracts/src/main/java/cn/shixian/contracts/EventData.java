package cn.shixian.contracts;

/** The {@code data} of a Shixian CloudEvent: one record per event type. */
public sealed interface EventData
        permits ItemRevision, ItemPublished, ItemRetired, DeadlineOpened, DeadlineRecomputed, DeadlineMet,
        DeadlineCancelled, TimeLimitSet, Alert, RequestAlert, CalendarLoaded, RequestEvent, RequestDeadlineEvent {

    /** The Kafka record key and CloudEvents {@code subject}: the itemId, the requestId, or region:year for calendars. */
    String key();

    /** The CloudEvents type this data travels as. */
    EventType eventType();
}
