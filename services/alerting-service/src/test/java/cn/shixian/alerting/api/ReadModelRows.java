package cn.shixian.alerting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the read model written straight into the shared database. Each test takes its own
 * region prefix ({@link #newRegionPrefix()}: 9xxx, not a GB/T 2260 province), so no other test
 * sees its rows. The instants of an obligation agree with its state (a DUE_SOON one is past
 * due_soon_at and before due_at, …), so a sweep running meanwhile leaves it alone.
 */
public final class ReadModelRows {

    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    public ReadModelRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A 4-digit region prefix no other test in this JVM uses. */
    public static String newRegionPrefix() {
        return "9%03d".formatted(PREFIXES.incrementAndGet());
    }

    /** An obligation of a new item, version 1, in this state. */
    public String obligation(String region, String responsibleBody, String state) {
        String itemId = "api-it-" + UUID.randomUUID();
        LocalDate today = LocalDate.now(SHANGHAI);
        LocalDate dueOn = switch (state) {
            case "OPEN" -> today.plusYears(1);
            case "DUE_SOON" -> today.plusDays(1);
            case "OVERDUE" -> today.minusDays(3);
            default -> today.minusDays(30);
        };
        Instant dueAt = dueOn.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        Instant dueSoonAt = switch (state) {
            case "OPEN" -> dueAt.minus(30, ChronoUnit.DAYS);
            default -> dueAt.minus(5, ChronoUnit.DAYS);
        };
        Instant escalateAt = switch (state) {
            case "OVERDUE" -> dueAt.plus(365, ChronoUnit.DAYS);
            default -> dueAt.plus(10, ChronoUnit.DAYS);
        };
        Instant now = Instant.now();
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, title, due_on, due_at, due_soon_at,
                                        escalate_at, state, calendar_version, provisional, published_at,
                                        working_days_late, state_since, updated_at)
                values (:itemId, 1, :region, :body, :title, :dueOn, :dueAt, :dueSoonAt, :escalateAt, :state,
                        'cal-test', false, :publishedAt, :late, :now, :now)""")
                .param("itemId", itemId).param("region", region).param("body", responsibleBody)
                .param("title", "测试事项 " + itemId).param("dueOn", dueOn).param("dueAt", utc(dueAt))
                .param("dueSoonAt", utc(dueSoonAt)).param("escalateAt", utc(escalateAt)).param("state", state)
                .param("publishedAt", state.startsWith("MET") ? utc(now) : null)
                .param("late", state.equals("MET_LATE") ? 2 : null)
                .param("now", utc(now))
                .update();
        return itemId;
    }

    /** An alert of a new item raised at this instant; returns its id. */
    public UUID alert(String type, String region, String responsibleBody, Instant raisedAt) {
        return alert(type, "api-it-" + UUID.randomUUID(), 1, region, responsibleBody, raisedAt);
    }

    /** An alert of this obligation raised at this instant; returns its id. */
    public UUID alert(String type, String itemId, int version, String region, String responsibleBody, Instant raisedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into alert (id, type, item_id, version, region, responsible_body, title, due_on,
                                   working_days_left, working_days_overdue, raised_at)
                values (:id, :type, :itemId, :version, :region, :body, :title, :dueOn, :left, :overdue, :raisedAt)""")
                .param("id", id).param("type", type).param("itemId", itemId).param("version", version)
                .param("region", region)
                .param("body", responsibleBody).param("title", "测试事项 " + itemId)
                .param("dueOn", LocalDate.of(2026, 3, 20))
                .param("left", type.equals("DUE_SOON") ? 2 : null)
                .param("overdue", type.equals("DUE_SOON") ? null : 6)
                .param("raisedAt", utc(raisedAt))
                .update();
        return id;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
