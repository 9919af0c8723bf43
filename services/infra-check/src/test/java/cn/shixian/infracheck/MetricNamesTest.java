package cn.shixian.infracheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every metric the alerting rules and the Grafana dashboard use is one the services export
 * ({@link Metrics}), and that list is the one the code builds.
 */
class MetricNamesTest {

    static final String RULES = "infra/prometheus/rules.yml";
    static final String DASHBOARD = "infra/grafana/dashboards/shixian.json";

    @Test
    void the_metric_list_is_what_the_services_build() {
        String code = mainSources();
        for (Metrics.Metric metric : Metrics.ALL) {
            if (metric.kind() == Metrics.Kind.EXTERNAL) {
                continue;
            }
            Matcher m = Pattern.compile("\\b(Counter|Timer|MultiGauge|Gauge)\\.builder\\(\\s*\"" + Pattern.quote(metric.name())
                    + "\"([^;]*)").matcher(code);
            assertThat(m.find()).as("a meter \"%s\" is built in services/*/src/main/java", metric.name()).isTrue();
            Metrics.Kind kind = switch (m.group(1)) {
                case "Counter" -> Metrics.Kind.COUNTER;
                case "Timer" -> Metrics.Kind.TIMER;
                default -> Metrics.Kind.GAUGE;
            };
            assertThat(kind).as("kind of %s", metric.name()).isEqualTo(metric.kind());
            if (kind == Metrics.Kind.TIMER) {
                assertThat(m.group(2)).as("%s publishes histogram buckets (rules and panels use _bucket)", metric.name())
                        .contains("publishPercentileHistogram");
            }
        }
        assertThat(Repo.read("services/deadline-service/README.md"))
                .as("the Kafka client metrics are documented")
                .contains("kafka_consumer_fetch_manager_records_lag");
    }

    @Test
    void rules_use_only_known_metrics() {
        Map<String, String> expressions = ruleExpressions();
        Set<String> recorded = new LinkedHashSet<>();
        for (Object group : Repo.list(Repo.yaml(RULES).get("groups"))) {
            for (Object rule : Repo.list(Repo.map(group).get("rules"))) {
                Object record = Repo.map(rule).get("record");
                if (record != null) {
                    recorded.add(String.valueOf(record));
                }
            }
        }
        assertThat(expressions).isNotEmpty();
        expressions.forEach((rule, expr) -> assertThat(PromQl.metricNames(expr))
                .as("metrics of rule %s in %s: %s", rule, RULES, expr)
                .isNotEmpty()
                .isSubsetOf(union(Metrics.prometheusNames(), recorded)));
    }

    @Test
    void rules_alert_on_what_operations_need() {
        assertThat(ruleExpressions().keySet()).contains("ShixianServiceDown", "ShixianOverdueRising", "ShixianDeadLetters",
                "ShixianConsumerLagHigh", "ShixianNotificationChannelFailing", "ShixianRequestsOverdue",
                "ShixianHolidayNoticeMissing");
        assertThat(Repo.path("infra/prometheus/rules.test.yml")).isRegularFile();
        assertThat(Repo.list(Repo.yaml("infra/prometheus/rules.test.yml").get("rule_files"))).containsExactly("rules.yml");
    }

    @Test
    void dashboard_uses_only_known_metrics() {
        List<String> expressions = dashboardExpressions();
        assertThat(expressions).isNotEmpty();
        for (String expr : expressions) {
            assertThat(PromQl.metricNames(expr)).as("metrics of dashboard query %s", expr)
                    .isNotEmpty()
                    .isSubsetOf(Metrics.prometheusNames());
        }
    }

    @Test
    void dashboard_shows_obligations_rate_alerts_dead_letters_lag_latency_sweep_outbox() {
        Set<String> used = new LinkedHashSet<>();
        dashboardExpressions().forEach(e -> used.addAll(PromQl.metricNames(e)));
        assertThat(used).contains("shixian_obligations", "shixian_publications_total", "shixian_alerts_total",
                "shixian_dead_letters_total", "kafka_consumer_fetch_manager_records_lag",
                "kafka_consumer_fetch_manager_records_lag_max", "shixian_deadline_compute_seconds_bucket",
                "shixian_sweep_seconds_bucket", "shixian_outbox_relayed_total", "shixian_calendar_notice_missing",
                "shixian_calendar_provisional_open");
    }

    @Test
    void obligation_gauges_are_aggregated_with_max_over_instances() {
        // every instance exports the same shixian_obligations (and shixian_requests): summing over instances
        // would multiply the counts
        Pattern use = Pattern.compile("\\bshixian_(obligations|requests)\\b(?!_)");
        Pattern maxed = Pattern.compile("max\\s+by\\s*\\([^)]*\\)\\s*\\(\\s*$");
        List<String> all = new ArrayList<>(dashboardExpressions());
        all.addAll(ruleExpressions().values());
        for (String expr : all) {
            Matcher m = use.matcher(expr);
            while (m.find()) {
                assertThat(maxed.matcher(expr.substring(0, m.start())).find())
                        .as("%s is taken as max by (...) (%s...) in %s", m.group(), m.group(), expr).isTrue();
            }
        }
    }

    /** alert or record name → expr, of infra/prometheus/rules.yml. */
    static Map<String, String> ruleExpressions() {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (Object group : Repo.list(Repo.yaml(RULES).get("groups"))) {
            for (Object r : Repo.list(Repo.map(group).get("rules"))) {
                Map<String, Object> rule = Repo.map(r);
                Object name = rule.containsKey("alert") ? rule.get("alert") : rule.get("record");
                expressions.put(String.valueOf(name), String.valueOf(rule.get("expr")));
            }
        }
        return expressions;
    }

    /** Every targets[].expr of the dashboard, rows' nested panels included. */
    static List<String> dashboardExpressions() {
        List<String> expressions = new ArrayList<>();
        collectPanels(Repo.list(Repo.json(DASHBOARD).get("panels")), expressions);
        return expressions;
    }

    private static void collectPanels(List<Object> panels, List<String> expressions) {
        for (Object p : panels) {
            Map<String, Object> panel = Repo.map(p);
            for (Object t : Repo.list(panel.get("targets"))) {
                Object expr = Repo.map(t).get("expr");
                if (expr != null) {
                    expressions.add(String.valueOf(expr));
                }
            }
            collectPanels(Repo.list(panel.get("panels")), expressions);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String mainSources() {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Repo.path("services"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> Repo.ROOT.relativize(f).toString().replace('\\', '/').matches("services/[^/]+/src/main/java/.*"))
                    .toList()) {
                all.append(Repo.read(file)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
