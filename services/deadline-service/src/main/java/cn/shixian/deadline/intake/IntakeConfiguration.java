package cn.shixian.deadline.intake;

import cn.shixian.eventing.BatchListenerFactories;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/** The batch consumer of {@code disclosure.items}. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final String BATCH_FACTORY = "itemBatchListenerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> itemBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            IntakeSettings settings) {
        return BatchListenerFactories.retryingUntilItWorks(configurer, consumers, settings.concurrency(), "item");
    }
}
