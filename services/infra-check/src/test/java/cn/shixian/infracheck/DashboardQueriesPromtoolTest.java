package cn.shixian.infracheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Grafana only says a query is wrong when someone looks at the panel. Here each dashboard query,
 * with Grafana's variables given sample values, goes through {@code promtool check rules} as a
 * recording rule, which parses it with Prometheus' own parser.
 *
 * <p>Needs promtool on the PATH (Debian package {@code prometheus}). Without it the test is skipped,
 * unless {@code SHIXIAN_REQUIRE_PROMTOOL=true} (set by .ci/run, which installs promtool first):
 * then it fails.
 */
class DashboardQueriesPromtoolTest {

    @Test
    void every_dashboard_query_parses(@TempDir Path dir) throws IOException, InterruptedException {
        boolean required = Boolean.parseBoolean(System.getenv("SHIXIAN_REQUIRE_PROMTOOL"));
        boolean available = promtoolAvailable();
        if (required) {
            assertThat(available).as("promtool on the PATH (SHIXIAN_REQUIRE_PROMTOOL=true)").isTrue();
        }
        Assumptions.assumeTrue(available, "promtool is not on the PATH: install the Debian package prometheus");

        List<Map<String, Object>> rules = new ArrayList<>();
        List<String> expressions = MetricNamesTest.dashboardExpressions();
        for (int i = 0; i < expressions.size(); i++) {
            String expr = expressions.get(i).replace("$__rate_interval", "1m").replace("$__range", "6h")
                    .replace("$__interval", "15s").replace("${region}", "65");
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("record", "dashboard:query_" + i);
            rule.put("expr", expr);
            rules.add(rule);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Path file = dir.resolve("dashboard-queries.rules.yml");
        Files.writeString(file, new Yaml(options).dump(Map.of("groups", List.of(Map.of("name", "dashboard", "rules", rules)))));

        Process promtool = new ProcessBuilder("promtool", "check", "rules", file.toString()).redirectErrorStream(true).start();
        String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(promtool.exitValue()).as("promtool check rules on the dashboard's queries:%n%s", output).isZero();
        assertThat(output).contains("SUCCESS: " + expressions.size() + " rules found");
    }

    private static boolean promtoolAvailable() {
        try {
            Process p = new ProcessBuilder("promtool", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
