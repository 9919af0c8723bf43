package cn.shixian.infracheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** infra/prometheus/prometheus.yml scrapes both services where compose runs them. Syntax: promtool (.ci/run). */
class PrometheusConfigTest {

    static final List<String> SERVICES = Repo.SERVICES;

    private final Map<String, Object> config = Repo.yaml("infra/prometheus/prometheus.yml");

    @ParameterizedTest
    @FieldSource("SERVICES")
    void scrapes_the_service_at_its_port_and_actuator_path(String service) {
        Map<String, Object> job = Repo.list(config.get("scrape_configs")).stream().map(Repo::map)
                .filter(j -> service.equals(j.get("job_name"))).findFirst()
                .orElseThrow(() -> new AssertionError("prometheus.yml has no scrape job " + service));
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(job.getOrDefault("scheme", "http")).isEqualTo("http");
        List<Object> targets = Repo.list(job.get("static_configs")).stream()
                .flatMap(sc -> Repo.list(Repo.map(sc).get("targets")).stream()).toList();
        assertThat(targets).containsExactly(service + ":" + Repo.serverPort(service));
        assertThat(new Compose().services()).as("the target host is a compose service").containsKey(service);
    }

    @Test
    void loads_the_rules_mounted_beside_it() {
        List<Object> ruleFiles = Repo.list(config.get("rule_files"));
        assertThat(ruleFiles).containsExactly("rules.yml");
        assertThat(Repo.path("infra/prometheus/rules.yml")).isRegularFile();
    }
}
