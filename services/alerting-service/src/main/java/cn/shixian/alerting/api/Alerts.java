package cn.shixian.alerting.api;

import cn.shixian.web.query.Conditions;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PagedQuery;
import cn.shixian.web.query.ReadSnapshot;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@code alert} table as the officers see it: found by type, region and body; acknowledged once. */
@Repository
class Alerts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PagedQuery<AlertView> newestFirst;

    Alerts(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.newestFirst = new PagedQuery<>(jdbc, new ReadSnapshot(transactions), "alert", AlertView.COLUMNS,
                "raised_at desc, id", AlertView::read);
    }

    Page<AlertView> find(AlertFilter filter) {
        Conditions where = new Conditions()
                .equal("type", "type", filter.type())
                // digits only (checked): no LIKE wildcard in it; index alert_by_region_prefix (V5) serves it
                .startsWith("region", "region", filter.regionPrefix())
                .equal("responsible_body", "responsibleBody", filter.responsibleBody())
                .notNull("acknowledged_at", filter.acknowledged());
        return newestFirst.find(where, filter.paging());
    }

    Optional<AlertView> find(UUID id) {
        return jdbc.sql("select " + AlertView.COLUMNS + " from alert where id = :id").param("id", id)
                .query(AlertView::read).optional();
    }

    /**
     * Records who acknowledged the alert, when and why, unless someone did before: one statement,
     * so of two officers acknowledging at once exactly one succeeds.
     *
     * @return the acknowledged alert
     * @throws AlertNotFound            no alert has this id
     * @throws AlertAlreadyAcknowledged it was acknowledged before (the problem names by whom and when)
     */
    AlertView acknowledge(UUID id, String by, String comment) {
        // PostgreSQL keeps microseconds: truncate so the answer is what a later read returns
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        Optional<AlertView> acknowledged = jdbc.sql("update alert set acknowledged_by = :by, acknowledged_at = :at, "
                        + "ack_comment = :comment where id = :id and acknowledged_at is null returning " + AlertView.COLUMNS)
                .param("by", by).param("at", at).param("comment", comment).param("id", id)
                .query(AlertView::read).optional();
        if (acknowledged.isPresent()) {
            return acknowledged.get();
        }
        throw new AlertAlreadyAcknowledged(find(id).orElseThrow(() -> new AlertNotFound(id)));
    }
}
