package cn.shixian.deadline.intake;

import static cn.shixian.testsupport.TopicProbe.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.eventing.DeadLetter;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar-load race (issue 14), interleaved by hand, without sleeps: an intake batch that has
 * counted on the old calendar and not committed yet, and a calendar load. The batch is held after
 * counting by a transaction of the test that holds the {@code rejected_record} row its bad record
 * needs (the batch writes its dead letters after counting, before it commits); where each side
 * waits is read from {@code pg_stat_activity} and {@code pg_locks}.
 */
@DeadlineApiTest
class CalendarLoadRaceIntegrationTest extends HttpApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Liangshan's layer in a year nobody else loads: 2033-03-08 off, so a 1-working-day limit from the 7th moves. */
    private static final String LIANGSHAN_2033 = """
            {"source": "test: 凉山州 2033 notice (race)", "confidence": "official text", "days": [
              {"name": "火把节", "date": "2033-03-08", "isOffDay": true}]}""";

    @Autowired
    ItemEventBatch batch;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBatchCountedOnTheOldCalendarCommitsBeforeTheLoadsRecountWhichMovesItsDueDate() throws Exception {
        String itemId = "race-" + UUID.randomUUID();
        ConsumerRecord<String, byte[]> bad = record("hold-" + itemId, "not json".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<String, byte[]> item = record(itemId, oneWorkingDayFrom(itemId, "2033-03-07"));
        // threads of their own: the common pool may have a single thread on a small machine
        try (ExecutorService threads = Executors.newFixedThreadPool(2);
             TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName());
             Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            holdRejectedRecord(holder, DeadLetter.origin(bad.topic(), bad.partition(), bad.offset()));

            CompletableFuture<Void> counting = CompletableFuture.runAsync(() -> batch.process(List.of(item, bad)),
                    threads);
            await().atMost(PATIENCE).until(() -> waitingOnARowLock("insert into rejected_record"));
            assertThat(jdbc.queryForObject("select count(*) from obligation where item_id = ?", Long.class, itemId))
                    .as("counted, not committed").isZero();

            CompletableFuture<ApiClient.Response> loading = CompletableFuture.supplyAsync(() ->
                    api.put("/api/calendars/5134/2033", "application/json", LIANGSHAN_2033, LocalUser.ADMIN), threads);
            // without the lock the load would not wait: it would recount, miss the batch's obligation and finish
            await().atMost(PATIENCE).until(() -> aLoadWaitsForTheCalendarLock() || loading.isDone());
            assertThat(loading).as(() -> "the load waits for the batch counting on the calendar it replaces, but "
                    + loading.join().body()).isNotDone();

            holder.rollback(); // the batch goes on and commits what it counted on the old calendar
            counting.get();
            ApiClient.Response loaded = loading.get();

            assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);
            assertThat(loaded.json().get("recomputed").asInt()).isEqualTo(1);
            assertThat(dueOn(itemId)).as("the stored due date is the new calendar's").isEqualTo("2033-03-09");
            List<ConsumerRecord<String, byte[]>> events = deadlines.awaitKey(itemId, 2);
            assertThat(value(events.get(0))).contains("disclosure.deadline.opened", "\"dueOn\":\"2033-03-08\"");
            assertThat(value(events.get(1))).contains("disclosure.deadline.recomputed", "\"dueOn\":\"2033-03-09\"",
                    "\"previousDueOn\":\"2033-03-08\"");
        }
    }

    /**
     * Two instances share the database: another one loaded a notice and committed its recount, and
     * this one has not read its announcement yet. The next batch here finds the calendar's generation
     * ahead of its own under the lock, and counts on the stored notices.
     */
    @Test
    void aBatchAfterALoadOfAnotherInstanceCountsOnTheStoredNoticeNotOnItsOwnOldCalendar() {
        String itemId = "race-" + UUID.randomUUID();
        loadAsAnotherInstanceWould(5134, 2034, "2034-03-08");

        batch.process(List.of(record(itemId, oneWorkingDayFrom(itemId, "2034-03-07"))));

        assertThat(dueOn(itemId)).isEqualTo("2034-03-09");
        try (TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName())) {
            assertThat(value(deadlines.awaitKey(itemId, 1).getFirst()))
                    .contains("disclosure.deadline.opened", "\"dueOn\":\"2034-03-09\"");
        }
    }

    /** What another instance's load commits: the notice stored and the generation raised (its recount had nothing). */
    private void loadAsAnotherInstanceWould(int region, int year, String dayOff) {
        String document = """
                {"region": "%d", "year": %d, "source": "test: another instance's load", "confidence": "official text",
                 "days": [{"name": "火把节", "date": "%s", "isOffDay": true}]}""".formatted(region, year, dayOff);
        jdbc.update("""
                insert into calendar_notice (region, year, source, confidence, document, calendar_version, loaded_at,
                    loaded_by) values (?, ?, 'test', 'official text', cast(? as jsonb), 'cal-elsewhere', now(), 'test')""",
                String.valueOf(region), year, document);
        jdbc.update("update calendar_generation set generation = generation + 1");
    }

    private static void holdRejectedRecord(Connection holder, String origin) throws Exception {
        try (PreparedStatement insert = holder.prepareStatement("""
                insert into rejected_record (origin, reason, detail, rejected_at) values (?, 'test', 'held', now())""")) {
            insert.setString(1, origin);
            insert.executeUpdate();
        }
    }

    private boolean waitingOnARowLock(String statement) {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and query like ?""", Long.class, statement + "%") > 0;
    }

    private boolean aLoadWaitsForTheCalendarLock() {
        return jdbc.queryForObject("""
                select count(*) from pg_locks where locktype = 'advisory' and mode = 'ExclusiveLock' and not granted""",
                Long.class) > 0;
    }

    private String dueOn(String itemId) {
        return jdbc.queryForObject("select due_on::text from obligation where item_id = ?", String.class, itemId);
    }

    private static byte[] oneWorkingDayFrom(String itemId, String day) {
        return ExampleEvent.of("disclosure.item.created").forItem(itemId).with("region", "513401")
                .with("changedAt", day + "T10:00:00+08:00").with("timeLimit", Map.of("workingDays", 1)).bytes();
    }

    /** A record as the listener would hand it over, at an offset no real record of the shared broker has. */
    private static ConsumerRecord<String, byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>(Topic.ITEMS.topicName(), 0, ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50),
                key, value);
    }
}
