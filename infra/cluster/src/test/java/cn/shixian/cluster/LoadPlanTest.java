package cn.shixian.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LoadPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 6, 7, 11, 100, 1001, 5000, 200_000})
    void producesExactlyTheEventsItCountsEachIdOnceAndEveryPublicationAfterItsCreation(int events) {
        LoadPlan plan = new LoadPlan("r1", events, NOW);
        List<PlannedEvent> all = new ArrayList<>();
        plan.forEach(all::add);

        assertThat(all).hasSize(events);
        assertThat(all.stream().map(PlannedEvent::id).distinct()).hasSize(events);
        assertThat(all.stream().filter(e -> e.type().equals("disclosure.item.created"))).hasSize(plan.items());
        Map<String, Integer> createdAt = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            PlannedEvent event = all.get(i);
            if (event.type().equals("disclosure.item.created")) {
                assertThat(createdAt.put(event.itemId(), i)).isNull();
            } else {
                assertThat(event.type()).isEqualTo("disclosure.item.published");
                assertThat(createdAt).containsKey(event.itemId());
            }
        }
        long publishedItems = java.util.stream.IntStream.range(0, plan.items()).filter(plan::isPublished).count();
        assertThat(publishedItems).isEqualTo(plan.published()).isEqualTo(events / 4);
        assertThat(plan.escalated()).isEqualTo(plan.items() - plan.published());
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 1000})
    void aPublishedItemChangedYesterdayAndPublishedAnHourLaterTheOthersLongAgo(int events) {
        LoadPlan plan = new LoadPlan("r1", events, NOW);
        Map<String, OffsetDateTime> changedAt = new HashMap<>();
        plan.forEach(event -> {
            JsonNode data = JSON.readTree(event.json()).path("data");
            // RFC 3339 with seconds, as the contracts' date-time format wants: "10:00+08:00" is refused
            String time = JSON.readTree(event.json()).path("time").asString();
            String instant = data.path(event.type().endsWith("created") ? "changedAt" : "publishedAt").asString();
            assertThat(List.of(time, instant)).allMatch(t -> t.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"), "RFC 3339 with seconds");
            assertThat(JSON.readTree(event.json()).path("subject").asString()).isEqualTo(event.itemId());
            if (event.type().equals("disclosure.item.created")) {
                changedAt.put(event.itemId(), OffsetDateTime.parse(data.path("changedAt").asString()));
            } else {
                assertThat(OffsetDateTime.parse(data.path("publishedAt").asString()))
                        .isEqualTo(changedAt.get(event.itemId()).plusHours(1));
            }
        });
        for (int i = 0; i < plan.items(); i++) {
            OffsetDateTime changed = changedAt.get(plan.itemId(i));
            if (plan.isPublished(i)) {
                assertThat(changed.toInstant()).isEqualTo(NOW.minusSeconds(86_400));
            } else {
                assertThat(changed).isEqualTo(LoadPlan.LONG_AGO);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1000})
    void theSameRunGivesTheSameIdsAndAnotherRunOthersKeysOverEveryRegion(int events) {
        List<String> first = new ArrayList<>();
        List<String> again = new ArrayList<>();
        List<String> other = new ArrayList<>();
        new LoadPlan("r1", events, NOW).forEach(e -> first.add(e.id()));
        new LoadPlan("r1", events, NOW.plusSeconds(60)).forEach(e -> again.add(e.id()));
        new LoadPlan("r2", events, NOW).forEach(e -> other.add(e.id()));
        assertThat(again).isEqualTo(first);
        assertThat(new HashSet<>(other)).doesNotContainAnyElementsOf(first);
        LoadPlan plan = new LoadPlan("r1", events, NOW);
        assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(plan::itemId).map(id -> id.split("-")[2]))
                .containsExactlyInAnyOrder("650500", "360702", "654002", "654021", "650000");
    }
}
