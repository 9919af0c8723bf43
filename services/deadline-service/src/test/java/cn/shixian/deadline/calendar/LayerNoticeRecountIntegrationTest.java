package cn.shixian.deadline.calendar;

import static cn.shixian.testsupport.TopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.TopicProbe;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Loading a regional layer's notice over HTTP recounts exactly the open deadlines it touches: those
 * whose region lies within the layer's prefix and whose counted days reach into the notice's year
 * (docs/design.md rule 4), over Kafka and PostgreSQL; and the calendar API says which layers apply,
 * with the year's source and confidence, and why a year is provisional.
 */
@DeadlineApiTest
class LayerNoticeRecountIntegrationTest extends HttpApiTest {

    /** 大理州 2025 as a test fixture: three weekdays of 三月街 after 农历三月十五 (Saturday 2025-04-12). */
    private static final String DALI_2025 = """
            {"source": "test: 大理州人民政府办公室 2025 notice", "confidence": "official text", "days": [
              {"name": "三月街民族节", "date": "2025-04-14", "isOffDay": true},
              {"name": "三月街民族节", "date": "2025-04-15", "isOffDay": true},
              {"name": "三月街民族节", "date": "2025-04-16", "isOffDay": true}]}""";

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void aLayersNoticeRecountsTheDeadlinesWithinItsPrefixThatReachIntoItsYearAndNoOthers() {
        String dali = item();
        String daliIn2024 = item();
        String kunming = item();
        String nanning = item();
        send(created(dali, "532901", "2025-04-10T10:00:00+08:00"));
        send(created(daliIn2024, "532901", "2024-11-01T10:00:00+08:00"));
        send(created(kunming, "530102", "2025-04-10T10:00:00+08:00"));
        send(created(nanning, "450100", "2025-04-10T10:00:00+08:00"));
        try (TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName())) {
            // 20 working days from Thursday 2025-04-10, as the nation counts (大理 2025 not announced: provisional)
            assertThat(value(deadlines.awaitKey(dali, 1).getFirst()))
                    .contains("\"dueOn\":\"2025-05-12\"", "\"provisional\":true");
            assertThat(value(deadlines.awaitKey(daliIn2024, 1).getFirst()))
                    .contains("\"dueOn\":\"2024-12-02\"", "\"provisional\":false");
            assertThat(value(deadlines.awaitKey(kunming, 1).getFirst())).contains("\"provisional\":false");
            assertThat(value(deadlines.awaitKey(nanning, 1).getFirst())).contains("\"provisional\":true");

            var loaded = api.put("/api/calendars/5329/2025", "application/json", DALI_2025, LocalUser.ADMIN);

            assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
            assertThat(loaded.json().get("recomputed").asInt()).isEqualTo(1);
            // three more days off: 2025-05-12 becomes 2025-05-15, and final
            assertThat(value(deadlines.awaitKey(dali, 2).get(1))).contains("disclosure.deadline.recomputed",
                    "\"dueOn\":\"2025-05-15\"", "\"previousDueOn\":\"2025-05-12\"", "\"provisional\":false");
            Set<String> others = Set.of(daliIn2024, kunming, nanning);
            assertThat(deadlines.settle(r -> others.contains(r.key()), Duration.ofMillis(500))).hasSize(3);
        }
        JsonNode grid = api.get("/api/calendars/532901/days?year=2025", LocalUser.OFFICER).json();
        assertThat(grid.get("provisional").asBoolean()).isFalse();
        assertThat(grid.at("/layers/0/region").asString()).isEqualTo("5329");
        assertThat(grid.at("/layers/0/announced").asBoolean()).isTrue();
        assertThat(grid.at("/layers/0/source").asString()).isEqualTo("test: 大理州人民政府办公室 2025 notice");
        assertThat(grid.at("/layers/0/confidenceLevel").asString()).isEqualTo("OFFICIAL_TEXT");
    }

    @Test
    void theCalendarApiListsTheLayersAppliedWithTheirSourcesAndWhyAYearIsProvisional() {
        JsonNode lhasa = api.get("/api/calendars/540102/days?year=2026", LocalUser.OFFICER).json();
        assertThat(lhasa.get("provisional").asBoolean()).isFalse();
        assertThat(lhasa.get("provisionalReasons")).isEmpty();
        assertThat(lhasa.get("layers")).hasSize(1);
        JsonNode layer = lhasa.at("/layers/0");
        assertThat(layer.get("region").asString()).isEqualTo("5401");
        assertThat(layer.get("name").asString()).isEqualTo("拉萨市");
        assertThat(layer.get("standingRule").asString()).contains("藏历新年");
        assertThat(layer.get("source").asString()).startsWith("中新社拉萨2026-01-28电");
        assertThat(layer.get("confidence").asString()).isEqualTo("news report of the notice");
        assertThat(layer.get("confidenceLevel").asString()).isEqualTo("NEWS_REPORT");
        assertThat(lhasa.at("/days/54/kind").asString()).as("2026-02-24").isEqualTo("REGIONAL_HOLIDAY");

        JsonNode xichang = api.get("/api/calendars/513401/days?year=2026", LocalUser.OFFICER).json();
        assertThat(xichang.get("provisional").asBoolean()).isTrue();
        assertThat(xichang.at("/layers/0/announced").asBoolean()).isFalse();
        assertThat(xichang.at("/layers/0/source").isNull()).isTrue();
        assertThat(xichang.get("provisionalReasons")).singleElement().asString()
                .contains("5134", "2026", "no standing rule: no days assumed");

        JsonNode listed = api.get("/api/calendars", LocalUser.OFFICER).json();
        assertThat(listed.valueStream().filter(n -> n.get("region").asString().equals("65") && n.get("year").asInt() == 2026))
                .singleElement().satisfies(n -> {
                    assertThat(n.get("confidenceLevel").asString()).isEqualTo("THIRD_PARTY_DATASET");
                    assertThat(n.get("confirmed").asBoolean()).isFalse();
                });
    }

    @Test
    void theNoticesOwnTextReplacesADatasetYearWithoutACorrection() {
        // 宁夏 2026 rests on a third-party dataset (provisional)
        String ningxia2026 = """
                {"source": "test: 宁夏回族自治区人民政府办公厅 2026 notice", "confidence": "official text", "days": [
                  {"name": "古尔邦节", "date": "2026-05-27", "isOffDay": true},
                  {"name": "古尔邦节", "date": "2026-05-28", "isOffDay": true}]}""";

        var loaded = api.put("/api/calendars/64/2026", "application/json", ningxia2026, LocalUser.ADMIN);

        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
        assertThat(api.get("/api/calendars/640104/days?year=2026", LocalUser.OFFICER).json().get("provisional")
                .asBoolean()).isFalse();
    }

    private void send(ExampleEvent event) {
        kafka.send(Topic.ITEMS.topicName(), event.json().get("subject").asString(), event.bytes());
    }

    private static String item() {
        return "layer-" + UUID.randomUUID();
    }

    private static ExampleEvent created(String itemId, String region, String changedAt) {
        return ExampleEvent.of("disclosure.item.created").forItem(itemId).with("region", region)
                .with("changedAt", changedAt);
    }
}
