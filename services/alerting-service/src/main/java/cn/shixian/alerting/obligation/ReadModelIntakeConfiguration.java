package cn.shixian.alerting.obligation;

import cn.shixian.eventing.BatchListenerFactories;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/** The read model's consumer of {@code disclosure.deadlines}, a poll at a time (eventing's batch consumer). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelSettings.class)
class ReadModelIntakeConfiguration {

    static final String BATCH_FACTORY = "deadlineBatchListenerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> deadlineBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            ReadModelSettings settings) {
        return BatchListenerFactories.retryingUntilItWorks(configurer, consumers, settings.concurrency(), "deadline");
    }
}
