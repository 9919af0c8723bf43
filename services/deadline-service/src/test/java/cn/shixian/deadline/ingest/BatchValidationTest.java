package cn.shixian.deadline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.shixian.contracts.EventCodec;
import cn.shixian.testsupport.ExampleEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting and validating request bodies, without a server. */
class BatchValidationTest {

    private final BatchValidation validation = new BatchValidation(new EventCodec());

    @Test
    void keepsEachElementsBytesAsWritten() {
        String created = ExampleEvent.of("disclosure.item.created").forItem("a").json().toPrettyString();
        String published = ExampleEvent.of("disclosure.item.published").forItem("b").json().toString();

        List<ValidEvent> events = validation.validate(bytes(" [ " + created + " ,\n" + published + " ] "));

        assertThat(events).extracting(ValidEvent::key).containsExactly("a", "b");
        assertThat(new String(events.get(0).json(), StandardCharsets.UTF_8)).isEqualTo(created);
        assertThat(new String(events.get(1).json(), StandardCharsets.UTF_8)).isEqualTo(published);
    }

    @Test
    void aSingleEventIsIndexZero() {
        String created = ExampleEvent.of("disclosure.item.created").forItem("a").json().toString();
        assertThat(validation.validate(bytes(created))).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("a"));

        InvalidBatch invalid = catchThrowableOfType(InvalidBatch.class,
                () -> validation.validate(bytes(created.replace("\"version\":1", "\"version\":0"))));
        assertThat(invalid.errors()).singleElement().satisfies(e -> {
            assertThat(e.index()).isZero();
            assertThat(e.field()).isEqualTo("/data/version");
        });
    }

    @Test
    void findsADuplicateKeyInsideOneElement() {
        String created = ExampleEvent.of("disclosure.item.created").forItem("a").json().toString();
        String twice = created.replaceFirst("\\{", "{\"type\":\"disclosure.item.retired\",");

        InvalidBatch invalid = catchThrowableOfType(InvalidBatch.class,
                () -> validation.validate(bytes("[" + created.replace("\"a\"", "\"b\"") + "," + twice + "]")));

        assertThat(invalid.errors()).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.reason()).isEqualTo("not-json");
        });
    }

    @Test
    void refusesContentAfterTheArray() {
        InvalidBatch invalid = catchThrowableOfType(InvalidBatch.class, () -> validation.validate(bytes("[] []")));
        assertThat(invalid.errors()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("not-json"));
    }

    @Test
    void anEmptyBodyIsNotJsonAndAnEmptyArrayIsNothingToDo() {
        InvalidBatch empty = catchThrowableOfType(InvalidBatch.class, () -> validation.validate(new byte[0]));
        assertThat(empty.errors()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("not-json"));
        assertThat(validation.validate(bytes("[ ]"))).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
