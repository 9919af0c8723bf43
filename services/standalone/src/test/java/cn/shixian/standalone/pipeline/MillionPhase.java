package cn.shixian.standalone.pipeline;

import cn.shixian.standalone.pipeline.RecountNotice.DueGroup;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * The harness's last phase (issue 13): the system at {@code N} open obligations, reached through the
 * real pipeline. It fills the read model with fresh items (item.created only, as a province's first
 * load; a few thousand of them long overdue), then prints heap and RSS at N, the sweeps over N, the
 * recount of a State Council notice that moves (nearly) every due date ({@link RecountNotice}) until
 * the read model is in step, and the disk bytes per item at N. Nothing is written behind the
 * services' back: the harness only produces, calls the HTTP API and reads.
 */
final class MillionPhase {

    private static final String OPEN = "state in ('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED', 'PAUSED')";
    private static final ZoneId CALENDAR_ZONE = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PipelineHarness h;
    private final int n;
    private final int overdue;
    private final long seed;

    MillionPhase(PipelineHarness harness, int n, int overdue, long seed) {
        this.h = harness;
        this.n = n;
        this.overdue = overdue;
        this.seed = seed;
    }

    void run(long jvm, long postmaster, Path jcmd) throws Exception {
        long open = h.count("select count(*) from alerting.obligation where " + OPEN);
        int late = (int) Math.min(overdue, Math.max(0, n - open));
        int fresh = (int) Math.max(0, n - open - late);
        System.out.printf("%nmillion: to %,d open obligations (%,d open now): %,d fresh items created, then %,d long overdue ...%n",
                n, open, fresh, late);
        fill(fresh, false, jvm, postmaster);
        long alertsBefore = h.count("select count(*) from alerting.alert");
        fill(late, true, jvm, postmaster);
        long atN = h.count("select count(*) from alerting.obligation where " + OPEN);
        h.memory(jvm, jcmd, "at " + String.format("%,d", atN) + " open obligations");
        System.out.println("  (broker, deadline-service, alerting-service and workbench share this one JVM and heap:"
                + " each service's own heap is at most this figure)");
        sweeps(atN, alertsBefore, late);
        recount(atN);
        h.disk(h.count("select count(*) from deadline.item"));
    }

    // ---------------------------------------------------------------- the fill

    /** Produces {@code items} fresh items and waits until the read model holds their obligations. */
    private void fill(int items, boolean longOverdue, long jvm, long postmaster) throws Exception {
        if (items == 0) {
            return;
        }
        Map<String, Long> states = h.states();
        long rows = states.values().stream().mapToLong(Long::longValue).sum();
        long met = states.getOrDefault("MET", 0L) + states.getOrDefault("MET_LATE", 0L);
        EventMix.Expected mine = new EventMix.Expected(items, items, 0, 0);
        EventMix.Expected cumulative = new EventMix.Expected(0, rows + items, met, states.getOrDefault("MET_LATE", 0L));
        PipelineHarness.Producer producer = PipelineHarness.Producer.fill(h, items, seed + (longOverdue ? 301 : 300), longOverdue);
        h.await(producer, mine, cumulative, jvm, postmaster);
        PipelineHarness.Producer.Result sent = producer.result();
        long first = sent.firstSendMicros();
        double readModel = (h.micros("select max(updated_at) from alerting.obligation") - first) / 1e6;
        double intake = (h.micros("select max(received_at) from deadline.item_event") - first) / 1e6;
        System.out.printf("million fill%s: %,d item.created sent in %.1f s (%,.0f/s); deadline-service applied the last +%.1f s"
                        + " (%,.0f events/s); read model +%.1f s: %,.0f events/s end to end%n",
                longOverdue ? " (long overdue)" : " (a province's first load)", sent.events(),
                (sent.lastAckMicros() - first) / 1e6, sent.events() / ((sent.lastAckMicros() - first) / 1e6),
                intake, items / intake, readModel, items / readModel);
    }

    // ---------------------------------------------------------------- the sweep

    /**
     * Every sweep that finishes until the long-overdue items have all been alerted (escalated) and at
     * least two sweeps ran at N: each one's duration from the timer's count and sum, and its alerts.
     */
    private void sweeps(long atN, long alertsBefore, int late) throws Exception {
        SweepWatch watch = new SweepWatch(h.alertingPort());
        SweepWatch.Reading previous = watch.read();
        long alerts = h.count("select count(*) from alerting.alert");
        System.out.printf("sweep over %,d open obligations (every 15 s; %,d of the long-overdue already alerted by sweeps"
                + " during their intake):%n", atN, alerts - alertsBefore);
        double longest = 0;
        for (int i = 1; i <= 2 || alerts - alertsBefore < late; i++) {
            if (i > 8) {
                throw new IllegalStateException("8 sweeps and only " + (alerts - alertsBefore) + " of " + late
                        + " long-overdue obligations alerted");
            }
            SweepWatch.Reading now = watch.next(previous, Duration.ofMinutes(2));
            long alertsNow = h.count("select count(*) from alerting.alert");
            double seconds = (now.sumSeconds() - previous.sumSeconds()) / (now.count() - previous.count());
            longest = Math.max(longest, seconds);
            System.out.printf("  sweep %d: %.3f s%s, %,d alerts raised%n", i, seconds,
                    now.count() - previous.count() > 1 ? " (mean of " + (now.count() - previous.count()) + ")" : "",
                    alertsNow - alerts);
            previous = now;
            alerts = alertsNow;
        }
        System.out.printf("sweep summary: longest %.3f s at %,d open obligations (timer max %.3f s); %,d of %,d long-overdue"
                + " alerted%n", longest, atN, previous.maxSeconds(), alerts - alertsBefore, late);
    }

    // ---------------------------------------------------------------- the recount

    /**
     * Loads the notice as an administrator does ({@code PUT /api/calendars/CN/{year}}) and times it until
     * (a) the answer (the recount runs in the notice's transaction), (b) the deadline outbox is empty,
     * (c) the read model holds every moved due date.
     */
    private void recount(long atN) throws Exception {
        LocalDate today = LocalDate.now(CALENDAR_ZONE);
        Map<DueGroup, Long> open = dueGroups();
        LocalDate earliest = open.keySet().stream().map(DueGroup::dueOn).filter(d -> d.isAfter(today))
                .min(LocalDate::compareTo).orElseThrow(() -> new IllegalStateException("no open obligation due after today"));
        List<RegionCode> regions = Arrays.stream(EventMix.REGIONS).map(RegionCode::of).toList();
        // a fresh data directory: the deadline-service counts on the bundled calendar, nothing loaded yet
        RecountNotice notice = RecountNotice.choose(WorkingDayCalendar.bundled(), today, earliest, regions);
        Map<DueGroup, Long> expected = notice.expected(open);
        long moving = notice.moved(open);
        int year = notice.holiday().getYear();
        System.out.printf("recount: the State Council notice %d%s with %s made a day off: %,d of %,d open obligations"
                + " due on or after it must move%n", year, notice.correction() ? " corrected" : " (first notice)",
                notice.holiday(), moving, atN);
        long start = System.nanoTime();
        long startMicros = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + h.deadlinePort()
                                + "/api/calendars/CN/" + year + (notice.correction() ? "?correction=true" : "")))
                        .timeout(Duration.ofMinutes(30)).header("Authorization", PipelineHarness.ADMIN)
                        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(notice.json())).build(),
                HttpResponse.BodyHandlers.ofString());
        double answered = seconds(start);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("the notice was refused: " + answer.statusCode() + " " + answer.body());
        }
        long recomputed = JSON.readTree(answer.body()).get("recomputed").asLong();
        System.out.printf("  (a) answered %d after %.2f s: %,d due dates recomputed%n", answer.statusCode(), answered, recomputed);
        double outboxEmpty = awaitOutboxEmpty(start);
        double relayed = (h.maxTimestampMicros("disclosure.deadlines") - startMicros) / 1e6;
        System.out.printf("  (b) deadline outbox empty after %.2f s (last deadline.recomputed on the broker +%.2f s)%n",
                outboxEmpty, relayed);
        double inStep = awaitReadModel(start, expected);
        double lastRow = (h.micros("select max(updated_at) from alerting.obligation") - startMicros) / 1e6;
        System.out.printf("  (c) read model in step after %.2f s (its last row +%.2f s): every open obligation where the notice"
                + " puts it%n", inStep, lastRow);
        System.out.printf("recount summary: %,d due dates moved (%,d expected) of %,d open; answer %.1f s, outbox empty %.1f s,"
                + " read model %.1f s%n", recomputed, moving, atN, answered, outboxEmpty, lastRow);
        if (recomputed != moving) {
            throw new IllegalStateException("the deadline-service moved " + recomputed + " due dates, " + moving + " expected");
        }
    }

    private double awaitOutboxEmpty(long start) throws Exception {
        while (h.count("select count(*) from deadline.outbox") > 0) {
            Thread.sleep(250);
        }
        return seconds(start);
    }

    /** Once the alerting-service has read every relayed event, the due dates are compared (once a second). */
    private double awaitReadModel(long start, Map<DueGroup, Long> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        Map<DueGroup, Long> now = Map.of();
        while (System.nanoTime() < deadline) {
            if (h.lag("alerting-service", "disclosure.deadlines") == 0) {
                double at = seconds(start);
                now = dueGroups();
                if (now.equals(expected)) {
                    return at;
                }
                Thread.sleep(1_000);
            } else {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the read model did not come in step in 30 minutes: expected " + expected
                + ", holds " + now);
    }

    /** The open obligations of the read model by region and due date. */
    private Map<DueGroup, Long> dueGroups() throws SQLException {
        Map<DueGroup, Long> groups = new HashMap<>();
        try (Statement s = h.db().createStatement(); ResultSet rs = s.executeQuery(
                "select region, due_on, count(*) from alerting.obligation where " + OPEN + " group by region, due_on")) {
            while (rs.next()) {
                groups.put(new DueGroup(rs.getString(1).strip(), rs.getObject(2, LocalDate.class)), rs.getLong(3));
            }
        }
        return groups;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
