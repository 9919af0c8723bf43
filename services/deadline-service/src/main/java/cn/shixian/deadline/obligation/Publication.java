package cn.shixian.deadline.obligation;

import cn.shixian.contracts.ItemPublished;
import java.time.OffsetDateTime;

/** One publication (公开) of a version of an item, as an item.published event reported it. */
public record Publication(String eventId, String itemId, int version, OffsetDateTime publishedAt, String channel,
                          String url) {

    static Publication of(String eventId, ItemPublished published) {
        return new Publication(eventId, published.itemId(), published.version(), published.publishedAt(),
                published.channel(), published.url());
    }

    /** Whether this publication meets the obligation of {@code version} (rule 5: every version ≤ its own). */
    boolean covers(int obligationVersion) {
        return version >= obligationVersion;
    }
}
