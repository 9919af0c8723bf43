package cn.shixian.standalone.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness's event mix (pure logic): exact counts, importer-shaped ids, each item's events in order. */
class EventMixTest {

    @Test
    void sendsExactlyTheAskedMixWithEachItemsEventsInOrder() {
        EventMix mix = new EventMix(1_000, 250, 250, 42);
        Map<EventMix.Kind, Integer> kinds = new EnumMap<>(EventMix.Kind.class);
        Map<String, List<EventMix.Event>> byItem = new HashMap<>();
        mix.forEach(e -> {
            kinds.merge(e.kind(), 1, Integer::sum);
            byItem.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e);
        });
        assertThat(kinds).containsEntry(EventMix.Kind.CREATED, 1_000).containsEntry(EventMix.Kind.CHANGED, 250)
                .containsEntry(EventMix.Kind.PUBLISHED, 250);
        assertThat(byItem).hasSize(1_000);
        assertThat(byItem.keySet()).allMatch(id -> id.matches("(654002|654021|650500|650000|360702)-[0-9a-f]{16}"));
        long changedAndPublished = 0;
        for (List<EventMix.Event> events : byItem.values()) {
            assertThat(events.getFirst().kind()).isEqualTo(EventMix.Kind.CREATED);
            boolean changed = events.stream().anyMatch(e -> e.kind() == EventMix.Kind.CHANGED);
            events.stream().filter(e -> e.kind() == EventMix.Kind.PUBLISHED).forEach(p -> {
                // published last, at the latest version
                assertThat(events.getLast()).isEqualTo(p);
                assertThat(p.version()).isEqualTo(changed ? 2 : 1);
            });
            changedAndPublished += changed && events.getLast().kind() == EventMix.Kind.PUBLISHED ? 1 : 0;
        }
        // the two sets overlap partly, so publications meet version 1 alone and versions 1 and 2 at once
        assertThat(changedAndPublished).isBetween(1L, 249L);
        EventMix.Expected expected = mix.expected();
        assertThat(expected.events()).isEqualTo(1_500);
        assertThat(expected.obligations()).isEqualTo(1_250);
        assertThat(expected.met()).isEqualTo(250 + changedAndPublished);
        assertThat(expected.metLate()).isBetween(40L, 90L);
    }

    @Test
    void anOverdueMixCreatesOnlyItemsWhoseClockStartedLongAgo() {
        List<EventMix.Event> events = new ArrayList<>();
        EventMix.overdue(100, 7).forEach(events::add);
        assertThat(events).hasSize(100).allMatch(e -> e.kind() == EventMix.Kind.CREATED && e.late() && e.version() == 1);
        assertThat(EventMix.overdue(100, 7).expected()).isEqualTo(new EventMix.Expected(100, 100, 0, 0));
        assertThat(new EventMix(100, 0, 0, 7).isLate(0)).isFalse();
    }

    @Test
    void parsesProcStatAndThreadDumpLines() {
        long[] f = ProcCpu.parse("42 (postgres: a (b)) S 7 42 42 0 -1 4194560 100 0 0 0 150 25 3 4 20 0 1 0 1 2 3");
        assertThat(f).containsExactly(150, 25, 3, 4, 7);
        List<ThreadCpu.Sample> threads = ThreadCpu.parse("""
                "item-intake-0-C-1" #81 [2650] daemon prio=5 os_prio=0 cpu=140.31ms elapsed=30.1s tid=0x1 nid=2650 runnable
                "GC Thread#0" os_prio=0 cpu=385.57ms elapsed=60.0s tid=0x2 nid=2571 runnable
                """);
        assertThat(threads).containsExactly(new ThreadCpu.Sample(2650, 81, "item-intake-0-C-1", 140.31),
                new ThreadCpu.Sample(2571, -1, "GC Thread#0", 385.57));
        assertThat(ThreadCpu.group("deadline-intake-0-C-1")).isEqualTo("alerting-service read-model intake (listener thread)");
        assertThat(ThreadCpu.group("data-plane-kafka-request-handler-3")).isEqualTo("Kafka broker");
        assertThat(ThreadCpu.group("kafka-producer-network-thread | producer-2")).isEqualTo("services' Kafka client I/O threads");
    }
}
