package cn.shixian.deadline.requestintake;

import cn.shixian.eventing.BatchListenerFactories;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/** The batch consumer of {@code disclosure.requests}. */
@Configuration(proxyBeanMethods = false)
class RequestIntakeConfiguration {

    static final String BATCH_FACTORY = "requestBatchListenerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> requestBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            RequestIntakeSettings settings) {
        return BatchListenerFactories.retryingUntilItWorks(configurer, consumers, settings.concurrency(), "request");
    }
}
