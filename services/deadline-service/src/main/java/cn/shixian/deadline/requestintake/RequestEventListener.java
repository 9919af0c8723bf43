package cn.shixian.deadline.requestintake;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code disclosure.requests} (申请事件) a poll at a time; key = requestId, so one request's
 * events arrive in order. Bad records are dead-lettered inside the batch; only our own
 * infrastructure fails it, and then it is retried until it goes through.
 */
@Component
class RequestEventListener {

    private final RequestEventBatch batch;

    RequestEventListener(RequestEventBatch batch) {
        this.batch = batch;
    }

    @KafkaListener(id = "request-intake", idIsGroup = false,
            topics = "#{T(cn.shixian.contracts.Topic).REQUESTS.topicName()}",
            containerFactory = RequestIntakeConfiguration.BATCH_FACTORY)
    void onRequestEvents(List<ConsumerRecord<String, byte[]>> records) {
        batch.process(records);
    }
}
