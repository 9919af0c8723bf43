package cn.shixian.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of one run of the fault test, and what they must become. Of {@code events} events, a
 * quarter are {@code disclosure.item.published}, the rest {@code disclosure.item.created} of as many
 * items, spread over the five sample regions (keys over every partition).
 *
 * <p>The outcome is chosen to be exact whatever the timing of the faults: a published item changed
 * yesterday (due in about four weeks, not yet due soon) and published an hour later is MET without
 * any alert, even if a sweep sees it open in between; an item never published changed on
 * {@link #LONG_AGO} is long overdue, so the first sweep that sees it moves it straight to ESCALATED
 * with exactly one alert (alerting-service {@code ObligationLifecycle}). Every CloudEvents id is
 * derived from the run, the item and the type, so a re-sent event is recognisably the same event.
 */
record LoadPlan(String run, int events, Instant now) {

    static final OffsetDateTime LONG_AGO = OffsetDateTime.parse("2025-03-03T10:00:00+08:00");
    private static final List<String> REGIONS = List.of("650500", "360702", "654002", "654021", "650000");
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** RFC 3339 with seconds always (OffsetDateTime.toString drops ":00", which the schemas refuse). */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    LoadPlan {
        if (events < 4) {
            throw new IllegalArgumentException("at least 4 events, got " + events);
        }
    }

    /** Items created, each once, version 1: one obligation each. */
    int items() {
        return events - published();
    }

    /** Items published (every third item, from the first): each obligation MET, no alert. */
    int published() {
        return events / 4;
    }

    /** Items never published: each obligation ESCALATED, with one alert. */
    int escalated() {
        return items() - published();
    }

    boolean isPublished(int item) {
        return item % 3 == 0 && item / 3 < published();
    }

    /** Every event, in the order produced: an item's publication follows its creation two items later. */
    void forEach(Consumer<PlannedEvent> sink) {
        int items = items();
        for (int i = 0; i < items; i++) {
            sink.accept(created(i));
            if (i % 3 == 2 && isPublished(i - 2)) {
                sink.accept(published(i - 2));
            }
        }
        for (int last = items - items % 3; last < items; last++) {
            if (isPublished(last)) {
                sink.accept(published(last));
            }
        }
    }

    String itemId(int item) {
        return "ft-%s-%s-%07d".formatted(run, REGIONS.get(item % REGIONS.size()), item);
    }

    private PlannedEvent created(int item) {
        OffsetDateTime changedAt = isPublished(item) ? yesterday() : LONG_AGO;
        ObjectNode data = JSON.createObjectNode()
                .put("itemId", itemId(item)).put("version", 1)
                .put("region", REGIONS.get(item % REGIONS.size()))
                .put("title", "故障测试事项 " + item)
                .put("responsibleBody", "故障测试公开主体 " + item % 7)
                .put("mode", "ACTIVE")
                .put("changedAt", RFC_3339.format(changedAt));
        data.putObject("timeLimit").put("text", "公开事项信息形成或变更之日起20个工作日内公开");
        return event(item, "disclosure.item.created", changedAt, data);
    }

    private PlannedEvent published(int item) {
        OffsetDateTime publishedAt = yesterday().plusHours(1);
        ObjectNode data = JSON.createObjectNode()
                .put("itemId", itemId(item)).put("version", 1)
                .put("publishedAt", RFC_3339.format(publishedAt))
                .put("channel", "政府网站");
        return event(item, "disclosure.item.published", publishedAt, data);
    }

    private OffsetDateTime yesterday() {
        return now.minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).atOffset(BEIJING);
    }

    private PlannedEvent event(int item, String type, OffsetDateTime time, ObjectNode data) {
        String id = UUID.nameUUIDFromBytes((run + ":" + item + ":" + type).getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", id)
                .put("source", "urn:shixian:infra-cluster:" + run)
                .put("type", type).put("subject", itemId(item))
                .put("time", RFC_3339.format(time))
                .put("datacontenttype", "application/json");
        event.set("data", data);
        return new PlannedEvent(itemId(item), 1, type, id, JSON.writeValueAsString(event));
    }
}
