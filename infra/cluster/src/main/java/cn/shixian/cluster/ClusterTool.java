package cn.shixian.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java half of {@code infra/cluster/run.sh}: the load and the questions the script asks the
 * cluster. Commands (options {@code --name value}):
 * <ul>
 *   <li>{@code brokers}: how many brokers the cluster has now;</li>
 *   <li>{@code leader --topic T}: the busiest partition of T and the id of the broker leading it;</li>
 *   <li>{@code produce --run R --events N --rate R --progress FILE}: the load ({@link LoadPlan});</li>
 *   <li>{@code drained --jdbc URL --user U --password P}: exits 0 once both groups have no lag and both outboxes are empty;</li>
 *   <li>{@code report --run R --events N --produced COUNT --logs DIR --jdbc … --user … --password … --role-check ANSWER [--out FILE]}: the table; exits 1 on any loss or duplicate.</li>
 * </ul>
 * Every command takes {@code --bootstrap HOST:PORT,…}.
 */
public final class ClusterTool {

    private ClusterTool() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        try (KafkaCluster kafka = new KafkaCluster(options.get("bootstrap"))) {
            System.exit(switch (args[0]) {
                case "brokers" -> print(kafka.brokers());
                case "leader" -> {
                    int[] partitionAndLeader = kafka.busiestPartitionAndLeader(options.get("topic"));
                    yield print(partitionAndLeader[0] + " " + partitionAndLeader[1]);
                }
                case "produce" -> print(new LoadProducer(options.get("bootstrap"), Path.of(options.get("progress")))
                        .produce(plan(options), Integer.parseInt(options.get("rate"))));
                case "drained" -> drained(kafka, options);
                case "report" -> report(kafka, options);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            });
        }
    }

    private static LoadPlan plan(Map<String, String> options) {
        return new LoadPlan(options.get("run"), Integer.parseInt(options.get("events")), Instant.now());
    }

    private static int drained(KafkaCluster kafka, Map<String, String> options) throws Exception {
        long deadlineLag = kafka.lag("deadline-service", "disclosure.items");
        long alertingLag = kafka.lag("alerting-service", "disclosure.deadlines");
        long outbox;
        try (Connection db = DriverManager.getConnection(options.get("jdbc"), options.get("user"), options.get("password"));
             Statement statement = db.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select (select count(*) from deadline.outbox) + (select count(*) from alerting.outbox)")) {
            rs.next();
            outbox = rs.getLong(1);
        }
        System.out.printf("lag deadline-service %d, alerting-service %d; outbox rows %d%n", deadlineLag, alertingLag, outbox);
        return deadlineLag == 0 && alertingLag == 0 && outbox == 0 ? 0 : 3;
    }

    private static int report(KafkaCluster kafka, Map<String, String> options) throws Exception {
        Report report = new Report(plan(options), kafka, options.get("jdbc"), options.get("user"), options.get("password"));
        List<Row> rows = new ArrayList<>(report.build(Long.parseLong(options.get("produced")), Path.of(options.get("logs"))));
        // run.sh asks psql as shixian_alerting for deadline.obligation and passes what PostgreSQL answered
        rows.add(new Row("shixian_alerting: select from deadline.obligation", options.get("role-check"),
                "permission denied for schema deadline"));
        StringBuilder table = new StringBuilder("| what | counted | expected | |\n|---|---|---|---|\n");
        rows.forEach(row -> table.append(row.line()).append('\n'));
        boolean passed = rows.stream().allMatch(Row::passes);
        table.append('\n').append(passed ? "PASS: nothing lost, nothing doubled" : "FAIL: see the rows marked FAIL").append('\n');
        System.out.print(table);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), table);
        }
        return passed ? 0 : 1;
    }

    private static int print(Object answer) {
        System.out.println(answer);
        return 0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
