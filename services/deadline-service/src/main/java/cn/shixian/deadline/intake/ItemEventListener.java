package cn.shixian.deadline.intake;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code disclosure.items} a poll at a time (key = itemId, so one item's events arrive
 * in order on one partition). Bad records never fail the batch: they are dead-lettered inside it.
 * What fails the batch is our own infrastructure (the database away): the batch is retried,
 * paused, until it goes through, so no valid event is dead-lettered or lost.
 */
@Component
class ItemEventListener {

    private final ItemEventBatch batch;

    ItemEventListener(ItemEventBatch batch) {
        this.batch = batch;
    }

    // the group is spring.kafka.consumer.group-id (deadline-service), not the listener id
    @KafkaListener(id = "item-intake", idIsGroup = false, topics = "#{T(cn.shixian.contracts.Topic).ITEMS.topicName()}",
            containerFactory = IntakeConfiguration.BATCH_FACTORY)
    void onItemEvents(List<ConsumerRecord<String, byte[]>> records) {
        batch.process(records);
    }
}
