package cn.shixian.alerting.notify;

import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.StatePredicates;
import org.springframework.jdbc.core.simple.JdbcClient;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.StatePredicates;
import org.springframework.stereotype.Repository;

/**
 * Withdraws the pending notifications of alerts whose obligation has since been met or cancelled
 * (a DUE_SOON held over a holiday, an OVERDUE still retrying): one set-based update per round,
 * counted as {@code outcome="withdrawn"}, kept in {@code delivery} with the reason.
 */
@Repository
class SettledAlerts {

    private final JdbcClient jdbc;
    private final NotifyMetrics metrics;

    SettledAlerts(JdbcClient jdbc, NotifyMetrics metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    int withdraw() {
        return jdbc.sql("""
                update delivery d set state = 'WITHDRAWN',
                    last_error = 'not sent: the obligation is ' || o.state || ' since ' || o.state_since
                from alert a join obligation o on o.item_id = a.item_id and o.version = a.version and o.period = a.period
                where d.alert_id = a.id and d.state = 'PENDING'
                  and %s
                  and %s
                returning d.type, d.channel""".formatted(StatePredicates.in("a.type", ObligationLifecycle.CLOCK_ALERTS),
                        StatePredicates.in("o.state", ObligationLifecycle.CLOSED)))
                .query((rs, row) -> {
                    metrics.count(rs.getString(1), rs.getString(2), NotifyMetrics.Outcome.WITHDRAWN);
                    return 1;
                }).list().size();
    }
}
