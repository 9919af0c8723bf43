package cn.shixian.alerting.trend;

import cn.shixian.alerting.access.RegionConditions;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Conditions;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the trend from the read model in one pass over the obligations that can count (still open
 * at the end of the window's first day, and due by now; index-only, V8's {@code obligation_open_until}),
 * grouped by the days their spans start and end ({@code width_bucket} over the days' bounds), then
 * summed by {@link TrendSeries}. Work grows with those obligations, not with obligations × days.
 */
@Repository
class OverdueTrends {

    /**
     * The days' bounds are computed once (a materialized CTE; a cast of the parameter inline would
     * be parsed again for every row). The two halves are the two index ranges of
     * {@code obligation_open_until}: closed since the window's first day, and still open.
     */
    private static final String SPANS = """
            with w as materialized (select cast(:bounds as timestamptz[]) as bounds),
            spans as (
                select due_at, escalate_at, open_until from obligation
                where open_until >= :first and open_until < 'infinity' and due_at < :last%1$s
                union all
                select due_at, escalate_at, open_until from obligation
                where open_until = 'infinity' and due_at < :last%1$s)
            select width_bucket(s.due_at, w.bounds) as overdue_from,
                   width_bucket(s.escalate_at, w.bounds) as escalated_from,
                   width_bucket(s.open_until, w.bounds) as until, count(*) as n
            from spans s, w
            group by 1, 2, 3""";

    private final JdbcClient jdbc;
    private final LiveCalendar calendar;
    private final Clock clock;

    OverdueTrends(JdbcClient jdbc, LiveCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @param regionPrefix a checked GB/T 2260 prefix, null for all
     * @param days         1 to 366, today included
     */
    OverdueTrend trend(String regionPrefix, int days, RegionScope scope) {
        TrendWindow window = TrendWindow.of(clock.instant(), calendar.zone(), days);
        // items only: a request's clock can pause, and a paused one past its old due date is not overdue
        Conditions inScope = RegionConditions.of(regionPrefix, scope).equal("kind", "kind", ObligationKind.ITEM);
        List<TrendSeries.Span> spans = jdbc.sql(SPANS.formatted(RegionConditions.and(inScope)))
                .param("bounds", window.boundsLiteral())
                .param("first", Timestamp.from(window.bounds().getFirst()))
                .param("last", Timestamp.from(window.bounds().getLast()))
                .params(inScope.params())
                .query((row, n) -> new TrendSeries.Span(row.getInt("overdue_from"), row.getInt("escalated_from"),
                        row.getInt("until"), row.getLong("n")))
                .list();
        return new OverdueTrend(regionPrefix, calendar.zone().getId(),
                TrendSeries.points(window, TrendSeries.sum(days, spans)));
    }
}
