package cn.shixian.contracts;

import java.time.OffsetDateTime;

/** {@code disclosure.item.retired}: the item left the catalog; its open obligations end. */
public record ItemRetired(String itemId, OffsetDateTime retiredAt, String reason) implements EventData {

    @Override
    public String key() {
        return itemId;
    }

    @Override
    public EventType eventType() {
        return EventType.ITEM_RETIRED;
    }
}
