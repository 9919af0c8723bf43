package cn.shixian.contracts;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code disclosure.item.changed}: an item was changed upstream. */
public record ItemChanged(String itemId, int version, String region, String title, List<String> category,
                          String responsibleBody, DisclosureMode mode, TimeLimit timeLimit, List<String> channels,
                          OffsetDateTime changedAt) implements ItemRevision {

    public ItemChanged {
        // absent lists read as empty, so consumers never meet null
        category = category == null ? List.of() : List.copyOf(category);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    @Override
    public EventType eventType() {
        return EventType.ITEM_CHANGED;
    }
}
