package cn.shixian.infracheck;

import static cn.shixian.infracheck.Repo.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * infra/compose.yaml cannot be run on the build machines (no Docker engine), so what can go wrong
 * in it without running it is checked here: the services are there, ports agree with
 * {@code server.port} in the services' own configuration, the services reach Kafka and PostgreSQL
 * by their compose names, images are named and built as documented, mounted files exist.
 */
class ComposeFileTest {

    static final java.util.List<String> SERVICES = Repo.SERVICES;

    private final Compose compose = new Compose();

    @Test
    void has_the_six_services() {
        assertThat(compose.services().keySet())
                .as("services of %s", Compose.FILE)
                .contains("kafka", "postgres", "deadline-service", "alerting-service", "prometheus", "grafana");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void service_port_is_server_port_of_its_configuration(String service) {
        int port = Repo.serverPort(service);
        assertThat(compose.ports(service))
                .as("%s publishes server.port %d (services/%s/src/main/resources/%s.yml) on the same host port",
                        service, port, service, service)
                .containsEntry(port, port);
        assertThat(compose.environment(service)).containsEntry("SERVER_PORT", String.valueOf(port));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void service_healthcheck_asks_readiness_on_its_port(String service) {
        String test = compose.healthcheck(service);
        int port = Repo.serverPort(service);
        assertThat(test).contains("/actuator/health/readiness");
        assertThat(test).containsAnyOf("127.0.0.1/" + port, "127.0.0.1:" + port, "localhost:" + port, "localhost/" + port);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void service_reaches_kafka_by_its_compose_name(String service) {
        String internal = kafkaAdvertised().entrySet().stream()
                .filter(e -> e.getValue().startsWith("kafka:")).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("kafka advertises no listener as kafka:<port>: " + kafkaAdvertised()));
        assertThat(compose.environment(service)).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", internal);
        assertThat(internal).isEqualTo("kafka:9092");
    }

    @Test
    void kafka_is_localhost_9092_from_the_host() {
        Map<String, String> advertised = kafkaAdvertised();
        String hostListener = advertised.entrySet().stream().filter(e -> e.getValue().equals("localhost:9092"))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("kafka advertises no listener as localhost:9092: " + advertised));
        int containerPort = listenerPort(compose.environment("kafka").get("KAFKA_LISTENERS"), hostListener);
        assertThat(compose.ports("kafka")).as("host port 9092 goes to the %s listener", hostListener)
                .containsEntry(9092, containerPort);
        Map<String, String> env = compose.environment("kafka");
        assertThat(env.get("KAFKA_PROCESS_ROLES")).as("KRaft, one node").contains("broker").contains("controller");
        assertThat(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).contains(hostListener + ":PLAINTEXT");
        assertThat(String.valueOf(compose.service("kafka").get("image"))).startsWith("apache/kafka:4.");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void service_uses_the_postgres_service_and_its_database(String service) {
        Map<String, String> postgres = compose.environment("postgres");
        Map<String, String> env = compose.environment(service);
        assertThat(env).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"))
                .containsEntry("SPRING_DATASOURCE_USERNAME", postgres.get("POSTGRES_USER"))
                .containsEntry("SPRING_DATASOURCE_PASSWORD", postgres.get("POSTGRES_PASSWORD"));
        assertThat(postgres).containsEntry("POSTGRES_DB", "shixian").containsEntry("POSTGRES_USER", "shixian");
        assertThat(String.valueOf(compose.service("postgres").get("image"))).isEqualTo("postgres:17");
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void service_starts_after_kafka_and_postgres_are_healthy(String service) {
        Map<String, Object> dependsOn = map(compose.service(service).get("depends_on"));
        for (String dependency : new String[] {"kafka", "postgres"}) {
            assertThat(map(dependsOn.get(dependency)).get("condition")).as("%s depends_on %s", service, dependency)
                    .isEqualTo("service_healthy");
            assertThat(compose.healthcheck(dependency)).as("healthcheck of %s", dependency).isNotBlank();
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void service_image_is_built_from_its_exec_jar(String service) {
        Map<String, Object> definition = compose.service(service);
        assertThat(definition.get("image")).isEqualTo("shixian/" + service + ":" + Repo.projectVersion());
        Map<String, Object> build = map(definition.get("build"));
        Path context = Compose.DIR.resolve(String.valueOf(build.get("context"))).normalize();
        assertThat(context).as("build context is the repository root").isEqualTo(Repo.ROOT.normalize());
        Path dockerfile = context.resolve(String.valueOf(build.get("dockerfile")));
        assertThat(dockerfile).isRegularFile();
        assertThat(map(build.get("args"))).containsEntry("SERVICE", service);
        assertThat(Repo.read(dockerfile)).contains("services/${SERVICE}/target/${SERVICE}-*-exec.jar")
                .contains("eclipse-temurin:21-jre");
        assertThat(Repo.read("services/" + service + "/pom.xml")).as("the module repackages an -exec.jar")
                .contains("<classifier>exec</classifier>");
        Path ignore = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
        assertThat(Repo.read(ignore)).contains("!services/*/target/*-exec.jar");
    }

    @Test
    void mounted_files_exist() {
        for (String service : compose.services().keySet()) {
            for (Path source : compose.bindMounts(service).keySet()) {
                assertThat(Files.exists(source)).as("%s mounts %s", service, Repo.ROOT.relativize(source)).isTrue();
            }
        }
    }

    @Test
    void prometheus_and_grafana_get_their_configuration() {
        Map<Path, String> prometheus = compose.bindMounts("prometheus");
        assertThat(prometheus).containsEntry(Repo.path("infra/prometheus/prometheus.yml"), "/etc/prometheus/prometheus.yml")
                .containsEntry(Repo.path("infra/prometheus/rules.yml"), "/etc/prometheus/rules.yml");
        assertThat(compose.ports("prometheus")).containsEntry(9090, 9090);
        assertThat(String.valueOf(compose.service("prometheus").get("image"))).startsWith("prom/prometheus:");

        Map<Path, String> grafana = compose.bindMounts("grafana");
        assertThat(grafana).containsEntry(Repo.path("infra/grafana/provisioning/datasources"), "/etc/grafana/provisioning/datasources")
                .containsEntry(Repo.path("infra/grafana/provisioning/dashboards"), "/etc/grafana/provisioning/dashboards")
                .containsKey(Repo.path("infra/grafana/dashboards"));
        assertThat(compose.ports("grafana")).containsEntry(3000, 3000);
        assertThat(compose.environment("grafana")).containsEntry("GF_SECURITY_ADMIN_USER", "admin")
                .containsEntry("GF_SECURITY_ADMIN_PASSWORD", "admin");
        assertThat(String.valueOf(compose.service("grafana").get("image"))).startsWith("grafana/grafana:");
    }

    /** KAFKA_ADVERTISED_LISTENERS as listener name → host:port. */
    private Map<String, String> kafkaAdvertised() {
        return listeners(compose.environment("kafka").get("KAFKA_ADVERTISED_LISTENERS"));
    }

    private static Map<String, String> listeners(String value) {
        Map<String, String> result = new LinkedHashMap<>();
        Arrays.stream(String.valueOf(value).split(",")).map(String::strip).forEach(l -> {
            int sep = l.indexOf("://");
            result.put(l.substring(0, sep), l.substring(sep + 3));
        });
        return result;
    }

    private static int listenerPort(String listeners, String name) {
        String address = listeners(listeners).get(name);
        assertThat(address).as("KAFKA_LISTENERS has %s", name).isNotNull();
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
