package cn.shixian.cluster;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the fault test asks the brokers: who they are, who leads what, how far the groups are, what a topic holds. */
final class KafkaCluster implements AutoCloseable {

    private final String bootstrap;
    private final Admin admin;

    KafkaCluster(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        admin = Admin.create(p);
    }

    int brokers() throws Exception {
        return admin.describeCluster().nodes().get().size();
    }

    /** The partition of {@code topic} holding the most records, and the broker leading it. */
    int[] busiestPartitionAndLeader(String topic) throws Exception {
        TopicDescription description = describe(topic);
        Map<TopicPartition, Long> ends = endOffsets(topic, description);
        TopicPartition busiest = ends.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int leader = description.partitions().get(busiest.partition()).leader().id();
        return new int[] {busiest.partition(), leader};
    }

    /** Records of {@code topic} the group has not committed yet (a partition it never committed counts whole). */
    long lag(String group, String topic) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(topic, describe(topic));
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().mapToLong(end -> {
            OffsetAndMetadata offset = committed.get(end.getKey());
            return end.getValue() - (offset == null ? 0 : offset.offset());
        }).sum();
    }

    /** How a topic is replicated: partitions, the fewest replicas of any partition, min.insync.replicas. */
    record Replication(int partitions, int replicas, int minInsyncReplicas) {
    }

    Replication replication(String topic) throws Exception {
        TopicDescription description = describe(topic);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        String minIsr = admin.describeConfigs(List.of(resource)).all().get().get(resource)
                .get("min.insync.replicas").value();
        return new Replication(description.partitions().size(),
                description.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0),
                Integer.parseInt(minIsr));
    }

    /** Every record of {@code topic} from the beginning to the end it has now. */
    void readAll(String topic, java.util.function.Consumer<ConsumerRecord<String, byte[]>> sink) throws Exception {
        TopicDescription description = describe(topic);
        Map<TopicPartition, Long> ends = endOffsets(topic, description);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                consumer.poll(Duration.ofMillis(500)).forEach(sink);
            }
        }
    }

    boolean exists(String topic) throws Exception {
        return admin.listTopics().names().get().contains(topic);
    }

    private TopicDescription describe(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    }

    private Map<TopicPartition, Long> endOffsets(String topic, TopicDescription description) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                .sorted(Comparator.comparingInt(p -> p.partition()))
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
