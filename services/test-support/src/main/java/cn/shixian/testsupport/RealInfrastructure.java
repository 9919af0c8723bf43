package cn.shixian.testsupport;

/**
 * A real Kafka broker and a real PostgreSQL server that integration tests talk to.
 * Never a mock: either the broker and database run in this JVM/host
 * ({@link InProcessInfrastructure}) or in containers ({@link ContainerInfrastructure}).
 */
public interface RealInfrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    /** JDBC URL of a database that every service may use, each in its own schema. */
    String jdbcUrl();

    String username();

    String password();

    @Override
    void close();
}
