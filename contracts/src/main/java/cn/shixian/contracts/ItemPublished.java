package cn.shixian.contracts;

import java.time.OffsetDateTime;

/** {@code disclosure.item.published}: version {@code version} of the item is now public. */
public record ItemPublished(String itemId, int version, OffsetDateTime publishedAt, String channel, String url)
        implements EventData {

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.ITEM_PUBLISHED;
    }
}
