package cn.shixian.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same broker and database as containers, for machines with a Docker engine
 * (select with {@code -Dshixian.test.infrastructure=testcontainers}).
 */
final class ContainerInfrastructure implements RealInfrastructure {

    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.2.0");
    private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

    ContainerInfrastructure() {
        kafka.start();
        postgres.start();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl();
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
