package cn.shixian.deadline.load;

import cn.shixian.contracts.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one kind of load puts on its topic before the service starts, what the service has done
 * once it is through, and how the tables are checked afterwards: {@link IntakeLoadHarness} does the
 * rest (topic, producer, service, warm-up, measurement, figures) the same for every kind.
 */
interface Burst {

    /** The topic the burst goes to. */
    Topic topic();

    /** Sends every record of the burst, warm-up first; {@link #events()} of them. */
    void produce(Sender sender);

    /** Records produced: what the intake's counter reaches at the end. */
    long events();

    /** The service's counter of records taken in, one per record whatever became of it. */
    String consumedCounter();

    /** The deadline events the records make: what the outbox relay has sent at the end. */
    long deadlineEvents();

    /** What was produced, e.g. "200,000 items x created + published". */
    String describe();

    /** One line saying what the tables hold after the burst, for the reader to compare with {@link #describe()}. */
    String check(JdbcClient jdbc, String schema);

    /** Sends one record, keeping its acknowledgement to wait for. */
    interface Sender {
        void send(String key, byte[] value);
    }

    static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** A producer's {@link Sender} for {@code topic}, collecting the acknowledgements in {@code acks}. */
    static Sender to(KafkaProducer<String, byte[]> producer, Topic topic,
                     java.util.List<java.util.concurrent.Future<?>> acks) {
        return (key, value) -> acks.add(producer.send(new ProducerRecord<>(topic.topicName(), key, value)));
    }
}
