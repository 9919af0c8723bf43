package cn.shixian.eventing;

import java.time.Duration;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The batch consumers of the services (the deadline-service's items and requests, the
 * alerting-service's deadlines): Boot's Kafka settings, batches, and a batch that fails retried for
 * as long as it takes. Bad records are dead-lettered inside the
 * batch, so a failing batch means the database or the broker is away (consumer paused between tries).
 */
public final class BatchListenerFactories {

    private BatchListenerFactories() {
    }

    /** @param what the records consumed, for the message of the error that never comes */
    public static ConcurrentKafkaListenerContainerFactory<Object, Object> retryingUntilItWorks(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            int concurrency, String what) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(concurrency);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        factory.setCommonErrorHandler(new DefaultErrorHandler((record, failure) -> {
            throw new IllegalStateException("retries never end for " + what + " batches", failure);
        }, backOff));
        return factory;
    }
}
