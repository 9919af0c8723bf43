package cn.shixian.infracheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every environment variable compose gives a service sets a property the service reads, by Spring
 * Boot's own relaxed binding (a {@link SystemEnvironmentPropertySource} named like the real one,
 * so {@code SPRING_DATASOURCE_URL} binds {@code spring.datasource.url} exactly as in the container).
 * A typo (SPRING_KAFKA_BOOTSTRAP_SERVER) would otherwise be ignored silently at startup.
 *
 * <p>Known properties of a service: every key of its yml and of the yml files it imports; the
 * {@code shixian.*} keys its README and the eventing README name in backquotes; and Spring Boot's
 * {@code spring.kafka.*}, {@code spring.datasource.*} and {@code server.*} properties, from the
 * configuration metadata of spring-boot-kafka, spring-boot-jdbc and spring-boot-web-server.
 */
class ServiceEnvironmentTest {

    static final List<String> SERVICES = Repo.SERVICES;

    private static final List<String> BOOT_PREFIXES = List.of("spring.kafka.", "spring.datasource.", "server.");
    private static final Pattern README_KEY = Pattern.compile("`(shixian\\.[a-z0-9.-]*[a-z0-9])`");

    private final Compose compose = new Compose();

    @ParameterizedTest
    @FieldSource("SERVICES")
    void every_environment_variable_sets_a_known_property(String service) {
        KnownProperties known = KnownProperties.of(service);
        Map<String, String> environment = compose.environment(service);
        assertThat(environment).isNotEmpty();
        List<String> unknown = new ArrayList<>();
        for (String variable : environment.keySet()) {
            if (known.bound(variable) == null) {
                unknown.add(variable);
            }
        }
        assertThat(unknown).as("environment variables of %s in %s that set no property the service reads "
                + "(known: its yml files %s, shixian.* keys of its README, Spring Boot's %s properties)",
                service, Compose.FILE, known.files, BOOT_PREFIXES).isEmpty();
    }

    @Test
    void the_check_knows_relaxed_binding_and_catches_typos() {
        KnownProperties known = KnownProperties.of("alerting-service");
        assertThat(known.bound("SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("spring.kafka.bootstrap-servers");
        assertThat(known.bound("SPRING_KAFKA_BOOTSTRAPSERVERS")).isEqualTo("spring.kafka.bootstrap-servers");
        assertThat(known.bound("SPRING_DATASOURCE_URL")).isEqualTo("spring.datasource.url");
        assertThat(known.bound("SERVER_PORT")).isEqualTo("server.port");
        assertThat(known.bound("SHIXIAN_KAFKA_TOPICS_REPLICATION_FACTOR")).isEqualTo("shixian.kafka.topics.replication-factor");
        assertThat(known.bound("SHIXIAN_SECURITY_USERS_3_PASSWORD")).isEqualTo("shixian.security.users[0].password");
        assertThat(known.bound("SHIXIAN_SWEEP_INTERVAL")).isEqualTo("shixian.sweep.interval");
        assertThat(known.bound("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM")).isEqualTo("spring.kafka.properties");

        assertThat(known.bound("SPRING_KAFKA_BOOTSTRAP_SERVER")).isNull();
        assertThat(known.bound("SPRING_DATASOURCE_URI")).isNull();
        assertThat(known.bound("SERVER_PROT")).isNull();
        assertThat(known.bound("SHIXIAN_SWEEP_INTERVALL")).isNull();
        assertThat(KnownProperties.of("deadline-service").bound("SHIXIAN_SWEEP_INTERVAL"))
                .as("the sweep is the alerting-service's").isNull();
    }

    /** The properties one service reads, and which of them an environment variable binds. */
    static final class KnownProperties {

        final List<Path> files;
        /** property name (indices normalised to [0]) → whether it is a map whose entries may be set one by one */
        private final Map<String, Boolean> names;

        private KnownProperties(List<Path> files, Map<String, Boolean> names) {
            this.files = files.stream().map(Repo.ROOT::relativize).toList();
            this.names = names;
        }

        static KnownProperties of(String service) {
            Map<String, Boolean> names = new LinkedHashMap<>();
            List<Path> files = Repo.serviceConfigFiles(service);
            for (Path file : files) {
                Repo.flatten(Repo.yaml(file)).keySet().forEach(k -> names.put(normaliseIndices(k), false));
            }
            for (String readme : List.of("services/" + service + "/README.md", "services/eventing/README.md")) {
                Matcher m = README_KEY.matcher(Repo.read(readme));
                while (m.find()) {
                    names.putIfAbsent(m.group(1), false);
                }
            }
            bootMetadata().forEach(names::putIfAbsent);
            return new KnownProperties(files, names);
        }

        /** The known property the variable binds, or null. */
        String bound(String variable) {
            // an index is an index: SHIXIAN_SECURITY_USERS_3_NAME is checked as users[0].name
            String normalised = variable.replaceAll("_\\d+(?=_|$)", "_0");
            SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(normalised, "x"));
            ConfigurationPropertySource properties = ConfigurationPropertySource.from(source);
            for (Map.Entry<String, Boolean> known : names.entrySet()) {
                ConfigurationPropertyName name;
                try {
                    name = ConfigurationPropertyName.adapt(known.getKey(), '.');
                } catch (RuntimeException notAName) {
                    continue; // e.g. a bracketed map key of a yml file
                }
                if (name.isEmpty()) {
                    continue;
                }
                if (properties.getConfigurationProperty(name) != null
                        || (known.getValue() && properties.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT)) {
                    return known.getKey();
                }
            }
            return null;
        }

        private static String normaliseIndices(String key) {
            return key.replaceAll("\\[\\d+]", "[0]");
        }

        private static Map<String, Boolean> bootMetadata;

        /** Spring Boot's spring.kafka.*, spring.datasource.*, server.* properties; map-typed ones marked. */
        private static synchronized Map<String, Boolean> bootMetadata() {
            if (bootMetadata != null) {
                return bootMetadata;
            }
            Map<String, Boolean> result = new LinkedHashMap<>();
            JsonMapper json = JsonMapper.builder().build();
            try {
                Enumeration<URL> resources = KnownProperties.class.getClassLoader()
                        .getResources("META-INF/spring-configuration-metadata.json");
                for (URL url : Collections.list(resources)) {
                    try (InputStream in = url.openStream()) {
                        Map<String, Object> metadata = Repo.cast(json.readValue(in, Map.class));
                        for (Object p : Repo.list(metadata.get("properties"))) {
                            Map<String, Object> property = Repo.map(p);
                            String name = String.valueOf(property.get("name"));
                            if (BOOT_PREFIXES.stream().anyMatch(name::startsWith)) {
                                result.put(name, String.valueOf(property.get("type")).startsWith("java.util.Map"));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String required : List.of("spring.kafka.bootstrap-servers", "spring.datasource.url", "server.port")) {
                if (!result.containsKey(required)) {
                    throw new IllegalStateException("Spring Boot's configuration metadata on the test classpath lacks "
                            + required + "; the metadata jars in services/infra-check/pom.xml moved?");
                }
            }
            bootMetadata = result;
            return result;
        }
    }
}
