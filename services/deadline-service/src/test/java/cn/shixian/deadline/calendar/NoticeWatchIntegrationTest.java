package cn.shixian.deadline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.MutableClock;
import cn.shixian.testsupport.WithMutableClock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The yearly notice never missed, on the injected clock: before 1 November nothing is missing; on
 * 2 November without next year's notice the health component {@code calendarNotice} and the gauge
 * {@code shixian_calendar_notice_missing{region="CN"}} say so, with the open provisional deadlines;
 * loading the notice ends it. On 2035 and 2036, years no other test loads.
 */
@DeadlineApiTest
@WithMutableClock("2035-10-31T12:00:00+08:00")
class NoticeWatchIntegrationTest extends HttpApiTest {

    private static final Pattern NATIONAL_MISSING =
            Pattern.compile("(?m)^shixian_calendar_notice_missing\\{[^}]*region=\"CN\"[^}]*} (\\S+)$");
    private static final Pattern PROVISIONAL_OPEN =
            Pattern.compile("(?m)^shixian_calendar_provisional_open(?:\\{[^}]*})? (\\S+)$");

    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Test
    void saysSoFromTheFirstOfNovemberUntilNextYearsNoticeIsLoaded() {
        clock.set("2035-10-31T12:00:00+08:00");
        assertThat(put(2035, "一、元旦：1月1日放假，共1天。")).isEqualTo(201);
        String item = "watch-" + UUID.randomUUID();
        kafka.send(Topic.ITEMS.topicName(), item, ExampleEvent.of("disclosure.item.created").forItem(item)
                .with("changedAt", "2035-12-20T10:00:00+08:00").bytes());

        assertThat(nationalMissing()).isEqualTo(0.0);
        assertThat(calendarNotice().at("/details/missing").toString()).doesNotContain("\"region\":\"CN\"");

        clock.set("2035-11-02T09:00:00+08:00");
        assertThat(nationalMissing()).isEqualTo(1.0);
        JsonNode health = calendarNotice();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/details/missing").toString())
                .contains("{\"region\":\"CN\",\"year\":2036,\"dueSince\":\"2035-11-01\"}");
        assertThat(health.at("/details/task").asString()).contains("/api/calendars/CN/2036?dryRun=true");
        // the item's 20 working days reach into 2036: provisional until its notice is loaded
        await().atMost(Duration.ofSeconds(60)).until(() -> calendarNotice().at("/details/provisionalOpenDeadlines")
                .asLong() >= 1 && gauge(PROVISIONAL_OPEN) >= 1);

        assertThat(put(2036, "一、元旦：1月1日放假，共1天。")).isEqualTo(201);
        assertThat(nationalMissing()).isEqualTo(0.0);
        assertThat(calendarNotice().at("/details/missing").toString()).doesNotContain("\"region\":\"CN\"");
    }

    /** The State Council's notice of {@code year} as text: its title and one line. */
    private int put(int year, String line) {
        return api.put("/api/calendars/CN/" + year, "text/plain", "国务院办公厅关于" + year + "年部分节假日安排的通知\n"
                + line, LocalUser.ADMIN).status();
    }

    private JsonNode calendarNotice() {
        return api.get("/actuator/health", LocalUser.OFFICER).json().at("/components/calendarNotice");
    }

    private double nationalMissing() {
        return gauge(NATIONAL_MISSING);
    }

    private double gauge(Pattern line) {
        Matcher m = line.matcher(api.get("/actuator/prometheus", null).body());
        assertThat(m.find()).as(line.pattern()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
