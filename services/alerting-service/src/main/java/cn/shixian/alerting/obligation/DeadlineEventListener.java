package cn.shixian.alerting.obligation;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.InvalidEventException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code disclosure.deadlines} a poll at a time into the obligation read model (key =
 * itemId or requestId, so one obligation's events arrive in order on one partition). A record the
 * codec rejects ends the batch there: what came before it is applied and committed, the record goes
 * to {@code disclosure.deadlines.DLT} through the shared dead-letter routing, and the rest comes
 * again in the next poll. Any other failure (the database away) retries the whole batch until it works.
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
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(codec.decode(record.value()));
            } catch (InvalidEventException invalid) {
                readModel.applyAll(events);
                throw new BatchListenerFailedException(invalid.getMessage(), invalid, record);
            }
        }
        readModel.applyAll(events);
    }
}
