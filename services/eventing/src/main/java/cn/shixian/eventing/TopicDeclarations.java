package cn.shixian.eventing;

import cn.shixian.contracts.Topic;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every Shixian topic and its dead-letter topic; Spring's {@link KafkaAdmin} creates
 * the missing ones at start-up and leaves existing ones alone, so every service may declare all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TopicSettings.class)
public class TopicDeclarations {

    @Bean
    KafkaAdmin.NewTopics shixianTopics(TopicSettings settings) {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            topics.add(declare(topic.topicName(), topic == Topic.CALENDARS, settings));
            topics.add(declare(topic.deadLetterTopicName(), false, settings));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic declare(String name, boolean compacted, TopicSettings settings) {
        TopicBuilder builder = TopicBuilder.name(name)
                .partitions(settings.partitions())
                .replicas(settings.replicationFactor());
        // calendars are keyed region:year; only the latest notice per key matters
        return compacted ? builder.compact().build() : builder.build();
    }
}
