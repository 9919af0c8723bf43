package cn.shixian.importer.event;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.ItemCreated;

/**
 * An event of an imported row, with its encoding: what a sink writes.
 *
 * @param event the event
 * @param json  the event as UTF-8 JSON, validated by the codec: the Kafka record value, one NDJSON line
 */
public record ImportedEvent(CloudEvent<ItemCreated> event, byte[] json) {

    /** The Kafka record key: the itemId. */
    public String key() {
        return event.subject();
    }
}
