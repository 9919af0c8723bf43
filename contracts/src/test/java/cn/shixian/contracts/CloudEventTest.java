package cn.shixian.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CloudEventTest {

    private static final URI SOURCE = URI.create("urn:shixian:alerting-service");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-29T16:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private static Alert alert(Alert.AlertState state) {
        return new Alert("hami-650500-shbx-001", 1, "650500", "哈密市人力资源和社会保障局", LocalDate.parse("2025-10-28"),
                state, null, 1);
    }

    @Test
    void derivesIdTypeSubjectAndTimeFromDataAndClock() {
        CloudEvent<Alert> event = CloudEvent.of(SOURCE, alert(Alert.AlertState.OVERDUE), CLOCK);

        assertThat(UUID.fromString(event.id())).isNotNull();
        assertThat(event.type()).isEqualTo(EventType.ALERT_OVERDUE);
        assertThat(event.topic()).isEqualTo(Topic.ALERTS);
        assertThat(event.subject()).isEqualTo("hami-650500-shbx-001");
        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2025-10-30T00:00:00+08:00"));
        assertThat(CloudEvent.of(SOURCE, alert(Alert.AlertState.OVERDUE), CLOCK).id()).isNotEqualTo(event.id());
    }

    @ParameterizedTest
    @EnumSource(Alert.AlertState.class)
    void theAlertStateDecidesTheType(Alert.AlertState state) {
        EventType type = alert(state).eventType();

        assertThat(type.topic()).isEqualTo(Topic.ALERTS);
        assertThat(type.type()).isEqualTo("disclosure.alert." + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    @Test
    void keysACalendarByRegionAndYear() {
        CalendarLoaded loaded = new CalendarLoaded("CN", 2026, null, "official", "cal-7d2e4a90", null);

        assertThat(CloudEvent.of(SOURCE, loaded, CLOCK).subject()).isEqualTo("CN:2026");
    }

    @Test
    void refusesATypeOrSubjectThatContradictsTheData() {
        Alert overdue = alert(Alert.AlertState.OVERDUE);
        OffsetDateTime now = OffsetDateTime.now(CLOCK);

        assertThatThrownBy(() -> new CloudEvent<>("1", SOURCE, EventType.ALERT_ESCALATED, overdue.key(), now, overdue))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CloudEvent<>("1", SOURCE, EventType.ALERT_OVERDUE, "other-item", now, overdue))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsFoundByItsNameAndShipsItsSchema(EventType type) {
        assertThat(EventType.fromType(type.type())).contains(type);
        assertThat(type.type()).startsWith("disclosure.");
        assertThat(getClass().getClassLoader().getResource("schemas/" + type.schemaFile())).isNotNull();
    }

    @Test
    void unknownTypesAreNotFound() {
        assertThat(EventType.fromType("disclosure.item.deleted")).isEmpty();
        assertThat(EventType.fromType(null)).isEmpty();
    }

    @Test
    void everyTopicHasADeadLetterTopic() {
        assertThat(Arrays.stream(Topic.values()).map(Topic::topicName))
                .containsExactly("disclosure.items", "disclosure.deadlines", "disclosure.alerts", "disclosure.calendars",
                        "disclosure.requests");
        assertThat(Topic.ITEMS.deadLetterTopicName()).isEqualTo("disclosure.items.DLT");
        assertThat(Topic.CALENDARS.deadLetterTopicName()).isEqualTo("disclosure.calendars.DLT");
        assertThat(Topic.REQUESTS.deadLetterTopicName()).isEqualTo("disclosure.requests.DLT");
    }
}
