package cn.shixian.standalone.demo;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.ItemChanged;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.ItemPublished;
import cn.shixian.contracts.Topic;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Keeps the demo alive: every few seconds an item changes (a new version whose 20 days start now)
 * or its latest version is published, so obligations open and close while you watch.
 */
final class DemoTrickle implements AutoCloseable {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final KafkaProducer<String, byte[]> producer;
    private final List<ItemCreated> items;
    private final Clock clock;
    private final Random random = new Random(7);
    private final Map<String, Integer> versions = new HashMap<>();
    private final EventCodec codec = new EventCodec();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "demo-trickle");
        thread.setDaemon(true);
        return thread;
    });

    private DemoTrickle(KafkaProducer<String, byte[]> producer, List<ItemCreated> items, Clock clock) {
        this.producer = producer;
        this.items = items.stream().filter(i -> i.mode() == DisclosureMode.ACTIVE).toList();
        this.clock = clock;
    }

    static DemoTrickle start(KafkaProducer<String, byte[]> producer, List<ItemCreated> items, Clock clock) {
        DemoTrickle trickle = new DemoTrickle(producer, items, clock);
        if (!trickle.items.isEmpty()) {
            trickle.timer.scheduleWithFixedDelay(trickle::next, 5, 5, TimeUnit.SECONDS);
        }
        return trickle;
    }

    private void next() {
        ItemCreated item = items.get(random.nextInt(items.size()));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), BEIJING);
        int version = versions.getOrDefault(item.itemId(), 1);
        EventData data;
        if (random.nextBoolean()) {
            versions.put(item.itemId(), version + 1);
            data = new ItemChanged(item.itemId(), version + 1, item.region(), item.title(), item.category(),
                    item.responsibleBody(), item.mode(), item.timeLimit(), item.processingLimit(), item.channels(),
                    now);
        } else {
            data = new ItemPublished(item.itemId(), version, now, "政府网站", null);
        }
        producer.send(new ProducerRecord<>(Topic.ITEMS.topicName(), data.key(),
                codec.encode(CloudEvent.of(DemoStory.SOURCE, data, clock))));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
