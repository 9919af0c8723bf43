package cn.shixian.contracts;

/** The Kafka topics of Shixian. Every topic has a dead-letter topic {@code <name>.DLT}. */
public enum Topic {
    /** Item events from upstream systems; key = itemId. */
    ITEMS("disclosure.items"),
    /**
     * Deadline events of the deadline-service: item obligations ({@code disclosure.deadline.*}, key =
     * itemId) and request answer periods ({@code disclosure.request.deadline.*}, key = requestId).
     */
    DEADLINES("disclosure.deadlines"),
    /** Alert events of the alerting-service; key = itemId, or requestId for a request's alerts ({@code disclosure.request.alert.*}). */
    ALERTS("disclosure.alerts"),
    /** Loaded holiday notices, compacted; key = region:year. */
    CALENDARS("disclosure.calendars"),
    /** Events of applications for information (依申请公开) from the request handling system; key = requestId. */
    REQUESTS("disclosure.requests");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + ".DLT";
    }
}
