package cn.shixian.alerting.obligation;

import cn.shixian.contracts.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code disclosure.deadlines} into the obligation read model. A record the codec
 * rejects goes to {@code disclosure.deadlines.DLT} through the shared dead-letter routing.
 */
@Component
class DeadlineEventListener {

    private final EventCodec codec;
    private final ObligationReadModel readModel;

    DeadlineEventListener(EventCodec codec, ObligationReadModel readModel) {
        this.codec = codec;
        this.readModel = readModel;
    }

    @KafkaListener(topics = "#{T(cn.shixian.contracts.Topic).DEADLINES.topicName()}", groupId = "alerting-service")
    void onDeadlineEvent(ConsumerRecord<String, byte[]> record) {
        readModel.apply(codec.decode(record.value()));
    }
}
