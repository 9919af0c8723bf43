package cn.shixian.eventing.outbox;

import cn.shixian.contracts.EventCodec;
import cn.shixian.eventing.outbox.schema.OutboxSchemaConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox of a service: its {@code outbox} table (migrated in the service's schema
 * from this jar, {@link OutboxSchemaConfiguration}) and the relay to Kafka.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxSettings.class)
@Import(OutboxSchemaConfiguration.class)
public class OutboxConfiguration {

    @Bean
    OutboxSignal outboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, Clock clock, OutboxSignal signal) {
        return new Outbox(jdbc, clock, signal);
    }

    @Bean
    OutgoingEvents outgoingEvents(EventCodec codec, Clock clock, @Value("${spring.application.name}") String name) {
        return new OutgoingEvents(codec, clock, name);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
                            OutboxSignal signal, OutboxSettings settings, MeterRegistry meters) {
        return new OutboxRelay(jdbc, transaction, kafka, signal, settings, meters);
    }
}
