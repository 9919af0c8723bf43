package cn.shixian.alerting.obligation;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.InvalidEventException;
import cn.shixian.eventing.DeadLetter;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code disclosure.deadlines} a poll at a time into the obligation read model (key =
 * itemId or requestId, so one obligation's events arrive in order on one partition). A record the
 * codec refuses never fails the batch: it is dead-lettered inside it, to
 * {@code disclosure.deadlines.DLT} with its reason. What fails the batch is our own infrastructure
 * (the database away): the batch is retried, the consumer paused, until it goes through.
 */
@Component
class DeadlineEventListener {

    private final EventCodec codec;
    private final ObligationReadModel readModel;

    DeadlineEventListener(EventCodec codec, ObligationReadModel readModel) {
        this.codec = codec;
        this.readModel = readModel;
    }

    @KafkaListener(id = "deadline-intake", idIsGroup = false,
            topics = "#{T(cn.shixian.contracts.Topic).DEADLINES.topicName()}", groupId = "alerting-service",
            containerFactory = ReadModelIntakeConfiguration.BATCH_FACTORY)
    void onDeadlineEvents(List<ConsumerRecord<String, byte[]>> records) {
        List<CloudEvent<?>> events = new ArrayList<>(records.size());
        List<DeadLetter> refused = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(codec.decode(record.value()));
            } catch (InvalidEventException invalid) {
                refused.add(new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                        record.value(), invalid.reason().code(), invalid.getMessage()));
            }
        }
        readModel.applyAll(events, refused);
    }
}
