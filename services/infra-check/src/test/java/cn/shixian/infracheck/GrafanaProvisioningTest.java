package cn.shixian.infracheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The Grafana datasource, dashboard provider and dashboard fit together and with compose. */
class GrafanaProvisioningTest {

    private final Compose compose = new Compose();

    @Test
    void datasource_is_the_prometheus_service() {
        List<Object> datasources = Repo.list(Repo.yaml("infra/grafana/provisioning/datasources/prometheus.yml").get("datasources"));
        assertThat(datasources).hasSize(1);
        Map<String, Object> ds = Repo.map(datasources.get(0));
        assertThat(ds.get("type")).isEqualTo("prometheus");
        int port = compose.ports("prometheus").values().iterator().next();
        assertThat(ds.get("url")).isEqualTo("http://prometheus:" + port);
    }

    @Test
    void provider_reads_the_directory_compose_mounts_the_dashboards_into() {
        List<Object> providers = Repo.list(Repo.yaml("infra/grafana/provisioning/dashboards/shixian.yml").get("providers"));
        assertThat(providers).hasSize(1);
        Object path = Repo.at(Repo.map(providers.get(0)), "options.path");
        assertThat(compose.bindMounts("grafana")).containsEntry(Repo.path("infra/grafana/dashboards"), String.valueOf(path));
        assertThat(compose.environment("grafana").get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"))
                .isEqualTo(path + "/shixian.json");
    }

    @Test
    void dashboard_panels_use_the_provisioned_datasource_and_have_unique_ids() {
        Map<String, Object> dashboard = Repo.json("infra/grafana/dashboards/shixian.json");
        assertThat(dashboard.get("uid")).isEqualTo("shixian");
        String uid = String.valueOf(Repo.map(Repo.list(Repo.yaml("infra/grafana/provisioning/datasources/prometheus.yml")
                .get("datasources")).get(0)).get("uid"));
        List<Map<String, Object>> panels = new ArrayList<>();
        collect(Repo.list(dashboard.get("panels")), panels);
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> panel : panels) {
            assertThat(ids.add(panel.get("id"))).as("panel id %s is unique", panel.get("id")).isTrue();
            assertThat(Repo.map(panel.get("gridPos"))).containsKeys("x", "y", "w", "h");
            if (!"row".equals(panel.get("type"))) {
                assertThat(Repo.map(panel.get("datasource")).get("uid")).as("datasource of '%s'", panel.get("title")).isEqualTo(uid);
                assertThat(Repo.list(panel.get("targets"))).as("queries of '%s'", panel.get("title")).isNotEmpty();
                for (Object target : Repo.list(panel.get("targets"))) {
                    assertThat(Repo.map(Repo.map(target).get("datasource")).get("uid")).isEqualTo(uid);
                }
            }
        }
    }

    private static void collect(List<Object> panels, List<Map<String, Object>> into) {
        for (Object p : panels) {
            into.add(Repo.map(p));
            collect(Repo.list(Repo.map(p).get("panels")), into);
        }
    }
}
