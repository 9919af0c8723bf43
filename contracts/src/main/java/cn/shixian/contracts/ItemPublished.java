package cn.shixian.contracts;

import java.time.OffsetDateTime;

/**
 * {@code disclosure.item.published}: version {@code version} of the item is now public.
 *
 * @param period for an item with a periodic time limit, the period published (2025-Q3); null: the oldest
 *               open period of the versions it covers
 */
public record ItemPublished(String itemId, int version, OffsetDateTime publishedAt, String channel, String url,
                            String period)
        implements EventData {

    /** Without a period: for a periodic item, the oldest open period. */
    public ItemPublished(String itemId, int version, OffsetDateTime publishedAt, String channel, String url) {
        this(itemId, version, publishedAt, channel, url, null);
    }

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.ITEM_PUBLISHED;
    }
}
