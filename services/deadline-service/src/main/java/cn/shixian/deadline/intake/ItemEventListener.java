package cn.shixian.deadline.intake;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code disclosure.items}. An event the codec rejects propagates its
 * {@link cn.shixian.contracts.InvalidEventException}, which the shared dead-letter routing sends
 * to {@code disclosure.items.DLT} with the reason.
 */
@Component
class ItemEventListener {

    private final EventCodec codec;
    private final ItemEventLog log;

    ItemEventListener(EventCodec codec, ItemEventLog log) {
        this.codec = codec;
        this.log = log;
    }

    @KafkaListener(topics = "#{T(cn.shixian.contracts.Topic).ITEMS.topicName()}", groupId = "deadline-service")
    void onItemEvent(ConsumerRecord<String, byte[]> record) {
        CloudEvent<?> event = codec.decode(record.value());
        log.append(event, record.value());
    }
}
