package cn.shixian.deadline.calendar;

import static cn.shixian.testsupport.TopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.TopicProbe;
import cn.shixian.workcalendar.RegionCode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code PUT /api/calendars/{region}/{year}} with the notice's text ({@code text/plain}), end to end:
 * a dry run answers what would change and how many due dates would move and changes nothing; the
 * load recounts the open obligations (deadline.recomputed on Kafka); an unreadable line is a 400
 * naming it. On 2029, a year no other test loads.
 */
@DeadlineApiTest
class NoticeTextIntegrationTest extends HttpApiTest {

    /** 2029 as the State Council might announce it: 元旦 from 30 Dec 2028 to 2 Jan 2029, a day more than the law's. */
    private static final String NOTICE_2029 = """
            国务院办公厅关于2029年部分节假日安排的通知
            国办发明电〔2028〕9号

            经国务院批准，现将2029年元旦放假调休日期的具体安排通知如下。

            一、元旦：2028年12月30日（周六）至2029年1月2日（周二）放假，共4天。

            节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。

            国务院办公厅
            2028年11月3日
            """;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    CurrentCalendar current;

    @Test
    void aDryRunChangesNothingAndTheLoadRecountsWhatItSaid() {
        String item = "text-" + UUID.randomUUID();
        send(ExampleEvent.of("disclosure.item.created").forItem(item).with("region", "110101")
                .with("changedAt", "2028-12-20T10:00:00+08:00"));
        try (TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName())) {
            String opened = value(deadlines.awaitKey(item, 1).getFirst());
            assertThat(opened).contains("\"provisional\":true");
            String dueOn = opened.replaceAll(".*\"dueOn\":\"([0-9-]+)\".*", "$1");

            JsonNode dryRun = api.put("/api/calendars/CN/2029?dryRun=true&source=https://www.gov.cn/test-2029",
                    "text/plain", NOTICE_2029, LocalUser.ADMIN).json();

            assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
            assertThat(dryRun.get("changed").asBoolean()).isTrue();
            assertThat(dryRun.get("recomputed").asInt()).isPositive();
            assertThat(dryRun.at("/changes/added").toString()).contains(
                    "{\"date\":\"2028-12-30\",\"name\":\"元旦\",\"isOffDay\":true}", "\"date\":\"2029-01-02\"");
            assertThat(dryRun.at("/changes/nowOff").toString()).isEqualTo("[\"2029-01-02\"]");
            assertThat(deadlines.settle(r -> item.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
            assertThat(current.calendar().isProvisional(2029, RegionCode.NATIONAL)).isTrue();
            assertThat(api.get("/api/calendars", LocalUser.OFFICER).body()).doesNotContain("test-2029");
            assertThat(api.get("/api/items/" + item, LocalUser.OFFICER).json().get("recomputations")).isEmpty();

            var loaded = api.put("/api/calendars/CN/2029?source=https://www.gov.cn/test-2029",
                    "text/plain;charset=UTF-8", NOTICE_2029, LocalUser.ADMIN);

            assertThat(loaded.status()).isEqualTo(201);
            assertThat(loaded.json().get("dryRun").asBoolean()).isFalse();
            assertThat(loaded.json().get("recomputed").asInt()).isEqualTo(dryRun.get("recomputed").asInt());
            String recomputed = value(deadlines.awaitKey(item, 2).get(1));
            // one day more off: a day later (still provisional: 2028's notice is not loaded either)
            assertThat(recomputed).contains("disclosure.deadline.recomputed", "\"previousDueOn\":\"" + dueOn + "\"",
                    "\"dueOn\":\"" + LocalDate.parse(dueOn).plusDays(1) + "\"");
            assertThat(current.calendar().isProvisional(2029, RegionCode.NATIONAL)).isFalse();
            assertThat(api.get("/api/calendars", LocalUser.OFFICER).body()).contains("test-2029");
        }
        var again = api.put("/api/calendars/CN/2029?dryRun=true&source=https://www.gov.cn/test-2029", "text/plain",
                NOTICE_2029, LocalUser.ADMIN).json();
        assertThat(again.get("changed").asBoolean()).isFalse();
    }

    @Test
    void anUnreadableLineIsA400NamingItAndNothingIsLoaded() {
        String text = """
                国务院办公厅关于2033年部分节假日安排的通知

                一、元旦：1月1日放暇，共1天。
                二、春节：1月30日至2月5日放假调休，共7天。
                """;

        JsonNode problem = api.put("/api/calendars/CN/2033", "text/plain", text, LocalUser.ADMIN).problem(400);

        assertThat(problem.get("title").asString()).isEqualTo("Unreadable notice text");
        assertThat(problem.get("detail").asString()).contains("line 3", "放暇");
        assertThat(problem.get("lines")).hasSize(1);
        assertThat(problem.at("/lines/0/line").asInt()).isEqualTo(3);
        assertThat(problem.at("/lines/0/problem").asString()).contains("放暇");
        assertThat(current.calendar().isProvisional(2033, RegionCode.NATIONAL)).isTrue();
        assertThat(api.put("/api/calendars/CN/2034", "text/plain", NOTICE_2029, LocalUser.ADMIN).problem(400)
                .get("detail").asString()).contains("2029", "2034");
    }

    @Test
    void readsARegionalNoticesFestivalLineInADryRun() {
        String xinjiang = """
                新疆维吾尔自治区人民政府办公厅关于2032年节假日放假和冬夏季作息时间安排的通知（节选）

                （四）肉孜节：11月3日是肉孜节，11月4日放假调休1天。
                """;

        JsonNode dryRun = api.put("/api/calendars/65/2032?dryRun=true", "text/plain", xinjiang, LocalUser.ADMIN).json();

        assertThat(dryRun.get("region").asString()).isEqualTo("65");
        assertThat(dryRun.at("/changes/added").toString())
                .isEqualTo("[{\"date\":\"2032-11-04\",\"name\":\"肉孜节\",\"isOffDay\":true}]");
        assertThat(dryRun.at("/changes/nowOff").toString()).contains("2032-11-04");
        assertThat(api.get("/api/calendars", LocalUser.OFFICER).body()).doesNotContain("\"year\":2032");
    }

    private void send(ExampleEvent event) {
        kafka.send(Topic.ITEMS.topicName(), event.json().get("subject").asString(), event.bytes());
    }
}
