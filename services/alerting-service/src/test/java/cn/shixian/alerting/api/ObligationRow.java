package cn.shixian.alerting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One row of the read model as a test wants it, written straight into the database: by default a
 * new item, version 1, its instants worked out from {@code dueOn} in Asia/Shanghai (due soon 5 days
 * before the end of the due day, escalated 10 days after), state since {@code dueOn - 5}.
 * Immutable: each {@code with…} returns a copy.
 */
public record ObligationRow(String itemId, int version, String region, String responsibleBody, String title,
                            List<String> category, String state, LocalDate dueOn, Instant escalateAt,
                            Instant stateSince, Instant publishedAt, Integer workingDaysLate) {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    public static ObligationRow of(String region, String state, LocalDate dueOn) {
        String itemId = "api-it-" + UUID.randomUUID();
        return new ObligationRow(itemId, 1, region, ReadModelApiTest.HAMI_HRSS, "测试事项 " + itemId, List.of(), state,
                dueOn, null, null, null, null);
    }

    public ObligationRow withItem(String id, int v) {
        return new ObligationRow(id, v, region, responsibleBody, title, category, state, dueOn, escalateAt,
                stateSince, publishedAt, workingDaysLate);
    }

    public ObligationRow withBody(String body) {
        return new ObligationRow(itemId, version, region, body, title, category, state, dueOn, escalateAt,
                stateSince, publishedAt, workingDaysLate);
    }

    public ObligationRow withTitle(String text) {
        return new ObligationRow(itemId, version, region, responsibleBody, text, category, state, dueOn, escalateAt,
                stateSince, publishedAt, workingDaysLate);
    }

    public ObligationRow withCategory(String... levels) {
        return new ObligationRow(itemId, version, region, responsibleBody, title, List.of(levels), state, dueOn,
                escalateAt, stateSince, publishedAt, workingDaysLate);
    }

    public ObligationRow escalatedAt(String offsetDateTime) {
        return new ObligationRow(itemId, version, region, responsibleBody, title, category, state, dueOn,
                OffsetDateTime.parse(offsetDateTime).toInstant(), stateSince, publishedAt, workingDaysLate);
    }

    /** MET or MET_LATE (by the state given) at this instant. */
    public ObligationRow publishedAt(String offsetDateTime, Integer daysLate) {
        Instant at = OffsetDateTime.parse(offsetDateTime).toInstant();
        return new ObligationRow(itemId, version, region, responsibleBody, title, category, state, dueOn, escalateAt,
                at, at, daysLate);
    }

    /** CANCELLED (or any state) since this instant. */
    public ObligationRow since(String offsetDateTime) {
        return new ObligationRow(itemId, version, region, responsibleBody, title, category, state, dueOn, escalateAt,
                OffsetDateTime.parse(offsetDateTime).toInstant(), publishedAt, workingDaysLate);
    }

    /** The first instant it is overdue: the start of the day after dueOn. */
    public Instant dueAt() {
        return dueOn.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    }

    public ObligationRow insert(JdbcClient jdbc) {
        Instant dueAt = dueAt();
        Instant now = Instant.now();
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, title, category, changed_on, due_on,
                                        due_at, due_soon_at, escalate_at, state, calendar_version, provisional,
                                        published_at, working_days_late, state_since, updated_at)
                values (:itemId, :version, :region, :body, :title, :category, :changedOn, :dueOn, :dueAt, :dueSoonAt,
                        :escalateAt, :state, 'cal-test', false, :publishedAt, :late, :since, :now)""")
                .param("itemId", itemId).param("version", version).param("region", region)
                .param("body", responsibleBody).param("title", title).param("category", category.toArray(String[]::new))
                .param("changedOn", dueOn.minusDays(28)).param("dueOn", dueOn).param("dueAt", utc(dueAt))
                .param("dueSoonAt", utc(dueAt.minus(5, ChronoUnit.DAYS)))
                .param("escalateAt", utc(escalateAt != null ? escalateAt : dueAt.plus(10, ChronoUnit.DAYS)))
                .param("state", state).param("publishedAt", publishedAt == null ? null : utc(publishedAt))
                .param("late", workingDaysLate)
                .param("since", utc(stateSince != null ? stateSince
                        : dueOn.minusDays(5).atStartOfDay(SHANGHAI).toInstant()))
                .param("now", utc(now))
                .update();
        return this;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
