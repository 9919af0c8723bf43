package cn.shixian.importer.event;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventType;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.importer.row.CatalogRow;
import cn.shixian.importer.row.RowException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Turns a catalog row into a {@code disclosure.item.created} event (version 1) and encodes it
 * with the shared {@link EventCodec}, which validates it: what the codec refuses becomes a row
 * failure, never a record a consumer would dead-letter. The event id is derived from itemId,
 * version and changedAt, so importing the same catalog with the same {@code --changed-at} twice
 * sends the same events, which consumers discard as already seen.
 */
public final class ItemEvents {

    /** The contract's longest category entry; the title, also in the category, may be 1000. */
    private static final int MAX_NAME = 500;
    private static final int MAX_BODY = 500;
    private static final int MAX_CHANNEL = 200;
    private static final int MAX_CHANNELS = 50;

    private final EventCodec codec;

    public ItemEvents(EventCodec codec) {
        this.codec = codec;
    }

    public ImportedEvent created(CatalogRow row, String itemId, String region, String responsibleBody,
                                 URI source, OffsetDateTime changedAt, OffsetDateTime now) {
        check(row, responsibleBody);
        ItemCreated item = new ItemCreated(itemId, 1, region, row.title(), row.path(), responsibleBody,
                row.mode(), TimeLimits.of(row.timeLimit()), TimeLimits.processing(row.processingLimit()), row.channels(),
                changedAt);
        CloudEvent<ItemCreated> event = new CloudEvent<>(eventId(itemId, changedAt), source,
                EventType.ITEM_CREATED, itemId, now, item);
        try {
            return new ImportedEvent(event, codec.encode(event));
        } catch (IllegalArgumentException e) {
            throw new RowException("the event breaks the contract: " + e.getMessage());
        }
    }

    static String eventId(String itemId, OffsetDateTime changedAt) {
        String name = "shixian-catalog-importer/" + itemId + "/1/" + changedAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void check(CatalogRow row, String body) {
        if (row.path().stream().anyMatch(name -> name.length() > MAX_NAME)) {
            throw new RowException("a 事项 name is longer than " + MAX_NAME + " characters");
        }
        if (body.length() > MAX_BODY) {
            throw new RowException("公开主体 is longer than " + MAX_BODY + " characters");
        }
        if (row.timeLimit().length() > TimeLimits.MAX_TEXT) {
            throw new RowException("公开时限 is longer than " + TimeLimits.MAX_TEXT + " characters");
        }
        if (row.processingLimit().length() > TimeLimits.MAX_TEXT) {
            throw new RowException("办理时限 is longer than " + TimeLimits.MAX_TEXT + " characters");
        }
        List<String> channels = row.channels();
        if (channels.size() > MAX_CHANNELS || channels.stream().anyMatch(c -> c.length() > MAX_CHANNEL)) {
            throw new RowException("公开渠道和载体: at most " + MAX_CHANNELS + " channels of at most "
                    + MAX_CHANNEL + " characters each");
        }
    }
}
