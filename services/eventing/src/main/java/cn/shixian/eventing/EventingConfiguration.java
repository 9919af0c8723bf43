package cn.shixian.eventing;

import cn.shixian.contracts.EventCodec;
import cn.shixian.eventing.calendar.LiveCalendarConfiguration;
import cn.shixian.eventing.outbox.OutboxConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * What every Shixian service needs to take part in the event flow: the one contracts codec,
 * the topic declarations, dead-letter routing, the transactional outbox and the live working-day
 * calendar. Services {@code @Import} it; the Kafka client
 * defaults come with {@code spring.config.import: classpath:shixian-eventing.yml}.
 */
@Configuration(proxyBeanMethods = false)
@Import({TopicDeclarations.class, DeadLetterRouting.class, DeadLetterMetrics.class, OutboxConfiguration.class,
        LiveCalendarConfiguration.class})
public class EventingConfiguration {

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }
}
