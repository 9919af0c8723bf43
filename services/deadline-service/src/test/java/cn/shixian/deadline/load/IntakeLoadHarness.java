package cn.shixian.deadline.load;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.DeadlineServiceApplication;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.RealInfrastructureInitializer;
import cn.shixian.testsupport.SharedInfrastructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load harness (not a test): fills {@code disclosure.items} with a province-sized burst, then starts
 * the deadline-service and measures how fast events become committed obligations and relayed
 * deadline events, with broker, database and service on this machine. Prints its figures.
 * <pre>./mvnw -q -pl services/deadline-service -am -Pload verify -Dload.events=200000</pre>
 */
public final class IntakeLoadHarness {

    public static void main(String[] args) throws Exception {
        int items = Integer.getInteger("load.events", 200_000) / 2;
        String run = UUID.randomUUID().toString().substring(0, 8);
        long produced = produce(items, run);
        System.out.printf("produced %,d events (%d items x created + published) in %.1f s%n", items * 2L, items,
                produced / 1e9);
        try (ConfigurableApplicationContext service = start(run)) {
            measure(service.getBean(JdbcClient.class), "load_" + run, items * 2L);
        }
        System.exit(0);
    }

    private static long produce(int items, String run) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers()))) {
            // as the services declare it: 6 partitions, so the burst spreads over the consumers
            admin.createTopics(List.of(new NewTopic(Topic.ITEMS.topicName(), 6, (short) 1))).all().get();
        }
        long start = System.nanoTime();
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> acks = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                String itemId = "load-" + run + "-" + i;
                byte[] created = ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes();
                // every fourth one late: published after its due date 2025-10-28
                String at = i % 4 == 0 ? "2025-11-03T10:00:00+08:00" : "2025-10-20T10:00:00+08:00";
                byte[] published = ExampleEvent.of("disclosure.item.published").forItem(itemId)
                        .with("publishedAt", at).bytes();
                acks.add(producer.send(new ProducerRecord<>(Topic.ITEMS.topicName(), itemId, created)));
                acks.add(producer.send(new ProducerRecord<>(Topic.ITEMS.topicName(), itemId, published)));
            }
            producer.flush();
            for (Future<?> ack : acks) {
                ack.get();
            }
        }
        return System.nanoTime() - start;
    }

    private static ConfigurableApplicationContext start(String run) {
        String schema = "load_" + run;
        return DeadlineServiceApplication.application()
                .initializers(new RealInfrastructureInitializer())
                .run("--server.port=0", "--spring.kafka.consumer.group-id=load-" + run,
                        "--spring.datasource.hikari.schema=" + schema, "--spring.flyway.schemas=" + schema,
                        "--spring.flyway.default-schema=" + schema, "--spring.datasource.hikari.maximum-pool-size=6",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }

    private static void measure(JdbcClient jdbc, String schema, long events) throws InterruptedException {
        long first = 0;
        long consumed = 0;
        while (consumed < events) {
            consumed = count(jdbc, "select count(*) from " + schema + ".item_event");
            if (first == 0 && consumed > 0) {
                first = System.nanoTime();
            }
            Thread.sleep(100);
        }
        long allConsumed = System.nanoTime();
        while (count(jdbc, "select count(*) from " + schema + ".outbox") > 0) {
            Thread.sleep(100);
        }
        long allRelayed = System.nanoTime();
        long obligations = count(jdbc, "select count(*) from " + schema + ".obligation");
        long late = count(jdbc, "select count(*) from " + schema + ".obligation where state = 'MET_LATE'");
        System.out.printf("consumed %,d events into %,d obligations (%,d late) in %.1f s: %,.0f events/s%n",
                events, obligations, late, (allConsumed - first) / 1e9, events / ((allConsumed - first) / 1e9));
        System.out.printf("all %,d deadline events relayed %.1f s after the first commit: %,.0f events/s end to end%n",
                events, (allRelayed - first) / 1e9, events / ((allRelayed - first) / 1e9));
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
