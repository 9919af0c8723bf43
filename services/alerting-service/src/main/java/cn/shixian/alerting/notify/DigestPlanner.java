package cn.shixian.alerting.notify;

import cn.shixian.eventing.calendar.LiveCalendar;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Plans today's digest (摘要): one delivery per recipient of each channel read by people, if the
 * channel's routes cover obligations due soon or overdue and today is a working day in one of their
 * regions (the Quartz calendar fires on a working day anywhere; a Xinjiang-only channel still rests
 * on 古尔邦节). Idempotent per day, channel and recipient: a repeated fire plans nothing new.
 */
@Component
class DigestPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(DigestPlanner.class);

    private final JdbcClient jdbc;
    private final Routing routing;
    private final DigestItems items;
    private final LiveCalendar calendar;
    private final Clock clock;

    DigestPlanner(JdbcClient jdbc, Routing routing, DigestItems items, LiveCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.routing = routing;
        this.items = items;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Returns how many digest deliveries were planned. */
    int planToday() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        int planned = 0;
        for (var entry : routing.channels().entrySet()) {
            String name = entry.getKey();
            List<RouteSettings> routes = routing.routesOf(name);
            if (!entry.getValue().type().getsDigest() || routes.isEmpty() || !workingDayInAny(today, routes)
                    || items.countByState(routes).isEmpty()) {
                continue;
            }
            for (String recipient : entry.getValue().recipients(name)) {
                planned += jdbc.sql("""
                        insert into delivery (digest_on, type, channel, recipient, region, next_attempt_at, created_at)
                        values (:day, :type, :channel, :recipient, :region, :now, :now)
                        on conflict do nothing""")
                        .param("day", today).param("type", Delivery.DIGEST_TYPE).param("channel", name)
                        .param("recipient", recipient).param("region", routes.getFirst().regionPrefix())
                        .param("now", Timestamp.from(now)).update();
            }
        }
        LOG.info("daily digest of {}: {} deliveries planned", today, planned);
        return planned;
    }

    private boolean workingDayInAny(LocalDate day, List<RouteSettings> routes) {
        return routes.stream().anyMatch(route -> calendar.calendar()
                .isWorkingDay(day, OfficeHoursPolicy.regionCode(route.regionPrefix())).workingDay());
    }
}
