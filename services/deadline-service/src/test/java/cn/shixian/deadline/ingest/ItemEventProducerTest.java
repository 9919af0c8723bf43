package cn.shixian.deadline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/** What a client is told when Kafka does not acknowledge: which ids are safe, which are not. */
class ItemEventProducerTest {

    @SuppressWarnings("unchecked")
    private final KafkaTemplate<String, byte[]> kafka = mock(KafkaTemplate.class);
    private final ItemEventProducer producer = new ItemEventProducer(kafka, new IngestSettings(Duration.ofMillis(200)));

    private final List<ValidEvent> events = List.of(event("e1"), event("e2"), event("e3"));

    @Test
    void returnsTheIdsOnceEveryEventIsAcknowledged() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(null));

        assertThat(producer.produce(events)).containsExactly("e1", "e2", "e3");
    }

    @Test
    void namesAcknowledgedAndUnacknowledgedIdsWhenASendFailsOrTimesOut() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(
                CompletableFuture.completedFuture(null),
                CompletableFuture.failedFuture(new KafkaException("broker gone")),
                new CompletableFuture<SendResult<String, byte[]>>());

        ProductionIncomplete failure = catchThrowableOfType(ProductionIncomplete.class, () -> producer.produce(events));

        assertThat(failure.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(failure.getBody().getProperties())
                .containsEntry("acknowledgedIds", List.of("e1"))
                .containsEntry("unacknowledgedIds", List.of("e2", "e3"));
        assertThat(failure.getBody().getDetail()).contains("1 of 3").contains("may or may not have been produced");
    }

    @Test
    void stopsSendingAfterASendThatThrows() {
        when(kafka.send(any(ProducerRecord.class)))
                .thenReturn(CompletableFuture.completedFuture(null))
                .thenThrow(new KafkaException("metadata not available"));

        ProductionIncomplete failure = catchThrowableOfType(ProductionIncomplete.class, () -> producer.produce(events));

        verify(kafka, times(2)).send(any(ProducerRecord.class));
        assertThat(failure.getBody().getProperties()).containsEntry("unacknowledgedIds", List.of("e2", "e3"));
    }

    @Test
    void keysEachRecordByItemAndSendsTheBytesAsGiven() {
        when(kafka.send(any(ProducerRecord.class))).thenAnswer(call -> {
            ProducerRecord<String, byte[]> record = call.getArgument(0);
            assertThat(record.topic()).isEqualTo("disclosure.items");
            assertThat(record.key()).isEqualTo("item-e1");
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"e1\"}");
            return CompletableFuture.completedFuture(null);
        });

        producer.produce(List.of(event("e1")));

        verify(kafka).send(any(ProducerRecord.class));
    }

    private static ValidEvent event(String id) {
        return new ValidEvent(id, cn.shixian.contracts.Topic.ITEMS, "item-" + id,
                ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8), 0, null);
    }
}
