package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * {@code disclosure.deadline.time-limit-set}: an officer set how an item's time limit is read
 * (时限认定), e.g. "30 calendar days" for text the parser could not read. The item's open obligations
 * of its latest version were counted again under it (their own {@code recomputed}, {@code opened} or
 * {@code cancelled} events follow).
 *
 * @param version      the latest version, whose obligations were counted again
 * @param reading      the reading set: {@code kind} with its fields, {@code text} the wording it reads
 * @param previousKind the kind it was read as before (WORKING_DAYS, ...), null if it opened nothing
 * @param setBy        the officer's user name
 */
public record TimeLimitSet(String itemId, int version, String region, String responsibleBody, TimeLimit reading,
                           String previousKind, String setBy, OffsetDateTime setAt) implements EventData {

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.DEADLINE_TIME_LIMIT_SET;
    }
}
