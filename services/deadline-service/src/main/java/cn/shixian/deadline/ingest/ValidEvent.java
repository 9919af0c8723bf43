package cn.shixian.deadline.ingest;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.Topic;

/**
 * An event that passed validation, ready for its topic ({@code disclosure.items} or {@code disclosure.requests}).
 *
 * @param id     CloudEvents id
 * @param topic  where it travels
 * @param key    the subject (itemId or requestId), and so the Kafka record key
 * @param json   the bytes the sender wrote, exactly what was validated
 * @param index  its position in the request
 * @param event  what the codec read
 */
record ValidEvent(String id, Topic topic, String key, byte[] json, int index, CloudEvent<?> event) {
}
