package cn.shixian.standalone.demo;

import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.Topic;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.ImportSettings;
import cn.shixian.importer.event.ImportedEvent;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The demo of {@code ./shixian up}: imports the sample catalogs with the catalog importer and plays
 * their seeded history into {@code disclosure.items}, as an upstream system would, plus a few
 * malformed records, and each sample region's requests for information ({@link DemoRequests}) into
 * {@code disclosure.requests}. Then a {@link DemoTrickle} keeps changing and publishing items while it runs.
 */
public final class DemoStream implements AutoCloseable {

    private static final long SEED = 20_251_001L;
    private static final long REQUEST_SEED = 20_250_131L;

    private final KafkaProducer<String, byte[]> producer;
    private final DemoTrickle trickle;
    private final Summary summary;

    /**
     * What was played: items per catalog file, the requests of each region (empty on a restart),
     * records produced (item and request records).
     */
    public record Summary(Map<String, Integer> itemsPerCatalog, Map<String, Integer> requestsPerRegion, int records,
                          String note) {
    }

    private DemoStream(KafkaProducer<String, byte[]> producer, DemoTrickle trickle, Summary summary) {
        this.producer = producer;
        this.trickle = trickle;
        this.summary = summary;
    }

    /**
     * Plays the history (waits until Kafka has it) and starts the trickle; empty if no sample data
     * is found. With {@code playedMarker} present (a restart on the same data) only the trickle starts.
     */
    public static Optional<DemoStream> play(String bootstrapServers, Clock clock, Path playedMarker) {
        Optional<Path> directory = SampleCatalogs.directory();
        if (directory.isEmpty()) {
            return Optional.empty();
        }
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10), new StringSerializer(), new ByteArraySerializer());
        DemoStory story = new DemoStory(SEED, clock.instant(), WorkingDayCalendar.bundled());
        Map<String, Integer> perCatalog = new LinkedHashMap<>();
        List<ItemCreated> items = new ArrayList<>();
        boolean replay = !Files.exists(playedMarker);
        int records = 0;
        for (Path file : SampleCatalogs.files(directory.get())) {
            ImportReport report = new CatalogImporter(clock).read(file, ImportSettings.of(SampleCatalogs.region(file)));
            perCatalog.put(file.getFileName().toString(), report.events().size());
            for (ImportedEvent imported : report.events()) {
                items.add(imported.event().data());
                records += replay ? send(producer, Topic.ITEMS, story.history(imported.event().data())) : 0;
            }
        }
        if (replay && !items.isEmpty()) {
            records += send(producer, Topic.ITEMS, story.malformed(items.getFirst()));
        }
        Map<String, Integer> requestsPerRegion = new LinkedHashMap<>();
        if (replay) {
            DemoRequests requests = new DemoRequests(REQUEST_SEED, clock.instant(), WorkingDayCalendar.bundled());
            for (Path file : SampleCatalogs.files(directory.get())) {
                String region = SampleCatalogs.region(file);
                List<DemoRequests.DemoRequest> played = requests.requests(DemoRequests.office(region, items), items);
                requestsPerRegion.merge(region, played.size(), Integer::sum);
                for (DemoRequests.DemoRequest request : played) {
                    records += send(producer, Topic.REQUESTS, requests.records(request));
                }
            }
        }
        producer.flush();
        if (replay) {
            markPlayed(playedMarker);
        }
        DemoTrickle trickle = DemoTrickle.start(producer, items, clock);
        return Optional.of(new DemoStream(producer, trickle, new Summary(perCatalog, requestsPerRegion, records, replay
                ? "3 malformed records go to " + Topic.ITEMS.deadLetterTopicName()
                : "history played on an earlier start (" + playedMarker + ")")));
    }

    private static void markPlayed(Path marker) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "the demo history is in this data directory's Kafka and PostgreSQL\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Summary summary() {
        return summary;
    }

    private static int send(KafkaProducer<String, byte[]> producer, Topic topic, List<DemoRecord> records) {
        records.forEach(r -> producer.send(new ProducerRecord<>(topic.topicName(), r.key(), r.value())));
        return records.size();
    }

    @Override
    public void close() {
        trickle.close();
        producer.close();
    }
}
