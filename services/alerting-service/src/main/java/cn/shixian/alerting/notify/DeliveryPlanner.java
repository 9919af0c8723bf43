package cn.shixian.alerting.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns each new alert into deliveries: one per routed channel and recipient, due at once or held
 * to the next working morning. Runs on every instance; inserting the alert's {@code alert_plan}
 * row is the claim, so an alert is planned exactly once however many instances race for it.
 */
@Component
class DeliveryPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryPlanner.class);
    // alerts planned per transaction; a burst of 10^4 transitions is planned in a few rounds
    static final int ALERTS_PER_ROUND = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Routing routing;
    private final OfficeHoursPolicy officeHours;
    private final NotifyMetrics metrics;
    private final NotifySettings settings;
    private final Clock clock;

    DeliveryPlanner(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, Routing routing,
                    OfficeHoursPolicy officeHours, NotifyMetrics metrics, NotifySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.routing = routing;
        this.officeHours = officeHours;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
    }

    /** Plans alerts nobody planned yet; returns how many alerts were planned. */
    int planNewAlerts() {
        Instant now = clock.instant();
        List<Planned> held = new ArrayList<>();
        Integer planned = transaction.execute(status -> {
            List<AlertRow> alerts = claimUnplanned(now);
            for (AlertRow alert : alerts) {
                plan(alert, now).stream().filter(p -> p.held(now)).forEach(held::add);
            }
            return alerts.size();
        });
        // counted after the commit, so a rolled-back plan counts nothing
        held.forEach(p -> metrics.count(p.alert().typeTag(), p.channel(), NotifyMetrics.Outcome.HELD));
        return planned == null ? 0 : planned;
    }

    private List<AlertRow> claimUnplanned(Instant now) {
        return jdbc.sql("""
                with claimed as (
                    insert into alert_plan (alert_id, planned_at, deliveries)
                    select a.id, :now, 0 from alert a
                    where a.raised_at >= :since
                      and not exists (select 1 from alert_plan p where p.alert_id = a.id)
                    order by a.raised_at
                    limit :limit
                    on conflict do nothing
                    returning alert_id)
                select %s from alert a join claimed c on c.alert_id = a.id order by a.raised_at""".formatted(AlertRow.COLUMNS))
                .param("now", Timestamp.from(now))
                .param("since", Timestamp.from(now.minus(settings.planLookback())))
                .param("limit", ALERTS_PER_ROUND)
                .query((rs, n) -> AlertRow.of(rs)).list();
    }

    private List<Planned> plan(AlertRow alert, Instant now) {
        List<Planned> rows = new ArrayList<>();
        for (String name : routing.channelsFor(alert.region(), alert.responsibleBody())) {
            ChannelSettings channel = routing.channel(name);
            Instant due = officeHours.earliestSend(now, channel, alert.region());
            channel.recipients(name).forEach(recipient -> rows.add(new Planned(alert, name, recipient, due)));
        }
        if (rows.isEmpty()) {
            LOG.info("alert {} ({} of {} v{}, region {}, {}) matches no route in shixian.notify.routes: no notification",
                    alert.id(), alert.type(), alert.itemId(), alert.version(), alert.region(), alert.responsibleBody());
            return rows;
        }
        batch.batchUpdate("""
                insert into delivery (alert_id, type, channel, recipient, region, next_attempt_at, held, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""",
                rows.stream().map(p -> new Object[] {p.alert().id(), p.alert().typeTag(), p.channel(), p.recipient(),
                        p.alert().region(), Timestamp.from(p.due()), p.held(now), Timestamp.from(now)}).toList());
        jdbc.sql("update alert_plan set deliveries = :n where alert_id = :id")
                .param("n", rows.size()).param("id", alert.id()).update();
        return rows;
    }

    private record Planned(AlertRow alert, String channel, String recipient, Instant due) {

        boolean held(Instant now) {
            return due.isAfter(now);
        }
    }
}
