package cn.shixian.contracts;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code disclosure.item.created}: an item was created upstream. */
public record ItemCreated(String itemId, int version, String region, String title, List<String> category,
                          String responsibleBody, DisclosureMode mode, TimeLimit timeLimit, List<String> channels,
                          OffsetDateTime changedAt) implements ItemRevision {

    public ItemCreated {
        // absent lists read as empty, so consumers never meet null
        category = category == null ? List.of() : List.copyOf(category);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    @Override
    public EventType eventType() {
        return EventType.ITEM_CREATED;
    }
}
