package cn.shixian.deadline.obligation;

import cn.shixian.contracts.ItemPublished;
import java.time.OffsetDateTime;

/**
 * One publication (公开) of a version of an item, as an item.published event reported it.
 *
 * @param period the period it publishes (2025-Q3) for an item with a periodic time limit; null: the
 *               oldest open period of the versions it covers
 */
public record Publication(String eventId, String itemId, int version, OffsetDateTime publishedAt, String channel,
                          String url, String period) {

    static Publication of(String eventId, ItemPublished published) {
        return new Publication(eventId, published.itemId(), published.version(), published.publishedAt(),
                published.channel(), published.url(), published.period());
    }

    /** Whether this publication meets the obligation of {@code version} (rule 5: every version ≤ its own). */
    boolean covers(int obligationVersion) {
        return version >= obligationVersion;
    }

    /** Whether it names {@code obligation}'s period, or names none. */
    boolean fits(Obligation obligation) {
        return period == null || period.equals(obligation.period());
    }
}
