package cn.shixian.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring application at the {@link SharedInfrastructure} (Kafka and PostgreSQL). */
public final class RealInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        RealInfrastructure infrastructure = SharedInfrastructure.get();
        Map<String, Object> properties = Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.datasource.url", infrastructure.jdbcUrl(),
                "spring.datasource.username", infrastructure.username(),
                "spring.datasource.password", infrastructure.password());
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("shixian-real-infrastructure", properties));
    }
}
