package cn.shixian.deadline.calendar;

import cn.shixian.deadline.calendar.NoticeSeason.MissingNotice;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The yearly notice never missed (docs/design.md rule 4): health component {@code calendarNotice}
 * and the gauges {@code shixian.calendar.notice.missing{region}} (1 while a due notice is not
 * loaded, see {@link NoticeSeason}) and {@code shixian.calendar.provisional.open} (open obligations
 * whose due date is provisional). The component is always UP: a missing notice is an operator's
 * task, not a reason to take the instance out of service; its details say what is missing and
 * how many open deadlines wait for it. Today is the injected clock's, in the calendar's zone.
 */
@Component("calendarNoticeHealthIndicator")
class NoticeWatch implements HealthIndicator {

    private final CurrentCalendar current;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NoticeWatch(CurrentCalendar current, JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
        this.current = current;
        this.jdbc = jdbc;
        this.clock = clock;
        for (String region : NoticeSeason.regions(current.calendar())) {
            Gauge.builder("shixian.calendar.notice.missing", () -> NoticeSeason.isMissing(missing(), region) ? 1 : 0)
                    .tag("region", region)
                    .description("1 while a yearly holiday notice that is due is not loaded (national from 1 November)")
                    .register(registry);
        }
        Gauge.builder("shixian.calendar.provisional.open", this::provisionalOpen)
                .description("open obligations whose due date is provisional (a counted day has no loaded notice)")
                .register(registry);
    }

    List<MissingNotice> missing() {
        return NoticeSeason.missing(current.calendar(), LocalDate.ofInstant(clock.instant(), current.rule().zone()));
    }

    long provisionalOpen() {
        Long count = jdbc.queryForObject("select count(*) from obligation where state = 'OPEN' and provisional",
                Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Health health() {
        List<MissingNotice> missing = missing();
        Health.Builder health = Health.up().withDetail("missing", missing)
                .withDetail("provisionalOpenDeadlines", provisionalOpen());
        missing.stream().filter(m -> m.region().equals(NoticeKey.NATIONAL)).findFirst().ifPresent(m ->
                health.withDetail("task", "paste the State Council's " + m.year() + " notice: PUT its text to "
                        + "/api/calendars/CN/" + m.year() + "?dryRun=true, check, then without dryRun"));
        return health.build();
    }
}
