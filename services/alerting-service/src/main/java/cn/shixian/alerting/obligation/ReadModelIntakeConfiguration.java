package cn.shixian.alerting.obligation;

import cn.shixian.eventing.DeadLetterMetrics;
import cn.shixian.eventing.DeadLetterRouting;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;

/** The read model's consumer: Boot's Kafka settings, a poll at a time, the batch error handling of eventing. */
@Configuration(proxyBeanMethods = false)
class ReadModelIntakeConfiguration {

    static final String BATCH_FACTORY = "deadlineBatchListenerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> deadlineBatchListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
            KafkaOperations<?, ?> template, DeadLetterMetrics metrics) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(DeadLetterRouting.forBatches(template, metrics));
        return factory;
    }
}
