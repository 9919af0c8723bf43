package cn.shixian.importer.sink;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.Topic;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.ImportSettings;
import cn.shixian.importer.event.ImportedEvent;
import cn.shixian.testsupport.SharedInfrastructure;
import cn.shixian.testsupport.TopicProbe;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Hami sample catalog produced to the real in-process Kafka broker of test-support and read back. */
class KafkaImportIntegrationTest {

    private static final Path HAMI = Path.of("../../infra/sample-data/650500-hami.csv");

    @BeforeAll
    static void topic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.get().kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(Topic.ITEMS.topicName(), 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @Test
    void everyItemArrivesOnDisclosureItemsKeyedByItemId() {
        ImportReport report = new CatalogImporter(Clock.systemUTC()).read(HAMI, ImportSettings.of("650500"));
        Set<String> ids = Set.copyOf(report.events().stream().map(ImportedEvent::key).toList());

        try (KafkaSink sink = new KafkaSink(SharedInfrastructure.get().kafkaBootstrapServers())) {
            report.events().forEach(sink::send);
        }

        EventCodec codec = new EventCodec();
        try (TopicProbe probe = TopicProbe.of(Topic.ITEMS.topicName())) {
            List<ConsumerRecord<String, byte[]>> records = probe.await(r -> ids.contains(r.key()), ids.size());
            assertThat(records).hasSize(75);
            for (ConsumerRecord<String, byte[]> record : records) {
                CloudEvent<?> event = codec.decode(record.value());
                assertThat(event.subject()).isEqualTo(record.key());
                assertThat(event.data()).isInstanceOfSatisfying(ItemCreated.class,
                        item -> assertThat(item.region()).isEqualTo("650500"));
            }
        }
    }
}
