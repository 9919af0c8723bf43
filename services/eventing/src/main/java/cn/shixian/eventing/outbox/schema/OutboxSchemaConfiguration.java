package cn.shixian.eventing.outbox.schema;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the outbox tables with the service's schema (see {@link ServiceSchemaMigration}). Spring
 * Boot's Flyway auto-configuration runs the service's migrations through this strategy; a service
 * that declared a strategy of its own would fail at start-up (two candidates), never skip the outbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxSchemaSettings.class)
public class OutboxSchemaConfiguration {

    @Bean
    FlywayMigrationStrategy serviceSchemaMigration(OutboxSchemaSettings settings) {
        return new ServiceSchemaMigration(new FormerChecksums(settings));
    }
}
