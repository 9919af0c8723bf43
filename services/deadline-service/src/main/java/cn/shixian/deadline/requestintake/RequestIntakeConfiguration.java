package cn.shixian.deadline.requestintake;

import java.time.Duration;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** The batch consumer of {@code disclosure.requests}. */
@Configuration(proxyBeanMethods = false)
class RequestIntakeConfiguration {

    static final String BATCH_FACTORY = "requestBatchListenerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> requestBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            RequestIntakeSettings settings) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setConcurrency(settings.concurrency());
        factory.setCommonErrorHandler(retryUntilItWorks());
        return factory;
    }

    /** As for items: bad records are dead-lettered in the batch, so a failing batch is our infrastructure: retry. */
    private static DefaultErrorHandler retryUntilItWorks() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        return new DefaultErrorHandler((record, failure) -> {
            throw new IllegalStateException("retries never end for request batches", failure);
        }, backOff);
    }
}
