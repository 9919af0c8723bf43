package cn.shixian.contracts;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code disclosure.item.changed}: an item was changed upstream. */
public record ItemChanged(String itemId, int version, String region, String title, List<String> category,
                          String responsibleBody, DisclosureMode mode, TimeLimit timeLimit, String processingLimit,
                          List<String> channels, OffsetDateTime changedAt) implements ItemRevision {

    public ItemChanged {
        // absent lists read as empty, so consumers never meet null
        category = category == null ? List.of() : List.copyOf(category);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** An item that states no 办理时限, as every producer before the field wrote it. */
    public ItemChanged(String itemId, int version, String region, String title, List<String> category,
                       String responsibleBody, DisclosureMode mode, TimeLimit timeLimit, List<String> channels,
                       OffsetDateTime changedAt) {
        this(itemId, version, region, title, category, responsibleBody, mode, timeLimit, null, channels, changedAt);
    }

    @Override
    public EventType eventType() {
        return EventType.ITEM_CHANGED;
    }
}
