package cn.shixian.deadline.intake;

import java.time.Duration;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** The batch consumer of {@code disclosure.items}. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final String BATCH_FACTORY = "itemBatchListenerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> itemBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            IntakeSettings settings) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(settings.concurrency());
        factory.setCommonErrorHandler(retryUntilItWorks());
        return factory;
    }

    /**
     * Bad records are dead-lettered inside the batch, so a failing batch means the database or the
     * broker is away: retry the whole batch (consumer paused between tries) for as long as it takes.
     */
    private static DefaultErrorHandler retryUntilItWorks() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        return new DefaultErrorHandler((record, failure) -> {
            throw new IllegalStateException("retries never end for item batches", failure);
        }, backOff);
    }
}
