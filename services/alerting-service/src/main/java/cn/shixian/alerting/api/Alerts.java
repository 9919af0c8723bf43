package cn.shixian.alerting.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code alert} table as the officers see it: found by type, region and body; acknowledged once. */
@Repository
class Alerts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    Alerts(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // read-only REPEATABLE READ: in PostgreSQL the count and the page see one snapshot
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    AlertPage find(AlertFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.type() != null) {
            conditions.add("type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.regionPrefix() != null) {
            // digits only (checked): no LIKE wildcard in it; index alert_by_region_prefix (V5) serves it
            conditions.add("region like :region");
            params.put("region", filter.regionPrefix() + "%");
        }
        if (filter.responsibleBody() != null) {
            conditions.add("responsible_body = :responsibleBody");
            params.put("responsibleBody", filter.responsibleBody());
        }
        if (filter.acknowledged() != null) {
            conditions.add(filter.acknowledged() ? "acknowledged_at is not null" : "acknowledged_at is null");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return snapshot.execute(status -> {
            long total = jdbc.sql("select count(*) from alert" + where).params(params).query(Long.class).single();
            List<AlertView> content = filter.offset() >= total ? List.of() : jdbc.sql("select " + AlertView.COLUMNS
                            + " from alert" + where + " order by raised_at desc, id limit :limit offset :offset")
                    .params(params).param("limit", filter.size()).param("offset", filter.offset())
                    .query(AlertView::read).list();
            return AlertPage.of(content, filter, total);
        });
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
