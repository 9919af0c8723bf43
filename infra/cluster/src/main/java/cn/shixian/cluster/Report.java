package cn.shixian.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault test's verdict: counts what the topics, both schemas, the consumer groups and the
 * alerting instances' logs hold after the load, against what the {@link LoadPlan} must become, and
 * prints it as a Markdown table. Lost or doubled anything, lag or outbox rows left: it fails.
 */
final class Report {

    static final String SWEEP_MARKER = "shixian-cluster: job shixian.sweep ran";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoadPlan plan;
    private final KafkaCluster kafka;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final List<Row> rows = new ArrayList<>();

    Report(LoadPlan plan, KafkaCluster kafka, String jdbcUrl, String user, String password) {
        this.plan = plan;
        this.kafka = kafka;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** Counts everything and returns the rows, in the order printed. */
    List<Row> build(long produced, Path logs) throws Exception {
        int items = plan.items();
        int published = plan.published();
        int escalated = plan.escalated();
        rows.add(new Row("events produced (acked, idempotent producer)", produced, plan.events()));
        Tally input = tally("disclosure.items");
        rows.add(new Row("disclosure.items: distinct events (CloudEvents id)", input.distinctIds(), plan.events()));
        rows.add(new Row("disclosure.items: records of an id already there", input.redeliveries(), 0));
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            rows.add(new Row("deadline.item_event: events recorded", count(db, "select count(*) from deadline.item_event"), plan.events()));
            rows.add(new Row("deadline.obligation: obligations", count(db, "select count(*) from deadline.obligation"), items));
            rows.add(new Row("deadline.obligation: OPEN / MET", states(db, "deadline", "OPEN", "MET"), escalated + " / " + published));
            rows.add(new Row("alerting.obligation: obligations", count(db, "select count(*) from alerting.obligation"), items));
            rows.add(new Row("alerting.obligation: ESCALATED / MET", states(db, "alerting", "ESCALATED", "MET"), escalated + " / " + published));
            rows.add(new Row("alerting.alert: alerts", count(db, "select count(*) from alerting.alert"), escalated));
            rows.add(new Row("outbox rows left (deadline / alerting)",
                    count(db, "select count(*) from deadline.outbox") + " / " + count(db, "select count(*) from alerting.outbox"), "0 / 0"));
        }
        deadlineEvents(items, published);
        alerts(escalated);
        rows.add(new Row("dead letters (disclosure.items.DLT / disclosure.deadlines.DLT)",
                records("disclosure.items.DLT") + " / " + records("disclosure.deadlines.DLT"), "0 / 0"));
        rows.add(new Row("consumer lag, group deadline-service on disclosure.items", kafka.lag("deadline-service", "disclosure.items"), 0));
        rows.add(new Row("consumer lag, group alerting-service on disclosure.deadlines", kafka.lag("alerting-service", "disclosure.deadlines"), 0));
        for (String topic : List.of("disclosure.items", "disclosure.deadlines", "disclosure.alerts")) {
            KafkaCluster.Replication r = kafka.replication(topic);
            rows.add(new Row(topic + ": partitions, replication factor, min.insync.replicas",
                    r.partitions() + ", " + r.replicas() + ", " + r.minInsyncReplicas(), "6, 3, 2"));
        }
        sweeps(logs);
        return rows;
    }

    private void deadlineEvents(int items, int published) throws Exception {
        Tally deadlines = tally("disclosure.deadlines");
        rows.add(Row.shown("disclosure.deadlines: records / distinct ids", deadlines.records() + " / " + deadlines.distinctIds()));
        Map<String, Long> byType = deadlines.logicalByType();
        rows.add(new Row("disclosure.deadlines: logical events by type (item, version, type)", byType,
                new TreeMap<>(Map.of("disclosure.deadline.met", (long) published, "disclosure.deadline.opened", (long) items))));
        rows.add(new Row("disclosure.deadlines: duplicates (a second id for an item, version, type)", deadlines.duplicates(), 0));
        long missing = 0;
        for (int i = 0; i < items; i++) {
            String item = plan.itemId(i);
            missing += deadlines.has(item, 1, "disclosure.deadline.opened") ? 0 : 1;
            missing += plan.isPublished(i) && !deadlines.has(item, 1, "disclosure.deadline.met") ? 1 : 0;
        }
        rows.add(new Row("disclosure.deadlines: expected events missing", missing, 0));
    }

    private void alerts(int escalated) throws Exception {
        Tally alerts = tally("disclosure.alerts");
        rows.add(Row.shown("disclosure.alerts: records / distinct ids", alerts.records() + " / " + alerts.distinctIds()));
        rows.add(new Row("disclosure.alerts: logical alerts by type (item, version, type)", alerts.logicalByType(),
                new TreeMap<>(Map.of("disclosure.alert.escalated", (long) escalated))));
        rows.add(new Row("disclosure.alerts: duplicates", alerts.duplicates(), 0));
        long missing = 0;
        for (int i = 0; i < plan.items(); i++) {
            missing += !plan.isPublished(i) && !alerts.has(plan.itemId(i), 1, "disclosure.alert.escalated") ? 1 : 0;
        }
        rows.add(new Row("disclosure.alerts: expected alerts missing", missing, 0));
    }

    /** Which alerting-service instance ran how many sweeps: Quartz's job history in each instance's log. */
    private void sweeps(Path logs) throws Exception {
        Map<String, Long> byInstance = new TreeMap<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.getFileName().toString().matches("alerting-\\d+\\.log")).sorted().toList()) {
                try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                    byInstance.put(log.getFileName().toString().replace(".log", ""),
                            lines.filter(line -> line.contains(SWEEP_MARKER)).count());
                }
            }
        }
        rows.add(Row.shown("sweeps run, by instance (Quartz job history in each log)", byInstance));
        rows.add(new Row("sweeps run (at least one)", byInstance.values().stream().mapToLong(Long::longValue).sum() > 0, true));
    }

    private Tally tally(String topic) throws Exception {
        Tally tally = new Tally();
        kafka.readAll(topic, record -> {
            JsonNode event = JSON.readTree(record.value());
            JsonNode data = event.path("data");
            tally.add(event.path("id").asString(), event.path("type").asString(),
                    data.path("itemId").asString(), data.path("version").asInt());
        });
        return tally;
    }

    private long records(String topic) throws Exception {
        if (!kafka.exists(topic)) {
            return 0;
        }
        long[] n = {0};
        kafka.readAll(topic, record -> n[0]++);
        return n[0];
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String states(Connection db, String schema, String first, String second) throws SQLException {
        return count(db, "select count(*) from " + schema + ".obligation where state = '" + first + "'") + " / "
                + count(db, "select count(*) from " + schema + ".obligation where state = '" + second + "'");
    }
}
