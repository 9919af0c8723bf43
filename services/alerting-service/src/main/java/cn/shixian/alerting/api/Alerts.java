package cn.shixian.alerting.api;

import cn.shixian.alerting.access.RegionConditions;
import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Conditions;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PagedQuery;
import cn.shixian.web.query.ReadSnapshot;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code alert} table as the officers see it: within their regions, found by type, region, body
 * and item; acknowledged once. An alert outside the caller's regions is not found.
 */
@Repository
class Alerts {

    private static final String ACKNOWLEDGE = "update alert set acknowledged_by = :by, acknowledged_at = :at, "
            + "ack_comment = :comment";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PagedQuery<AlertView> newestFirst;

    Alerts(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.newestFirst = new PagedQuery<>(jdbc, new ReadSnapshot(transactions), "alert", AlertView.COLUMNS,
                "raised_at desc, id", AlertView::read);
    }

    Page<AlertView> find(AlertFilter filter, RegionScope scope) {
        Conditions where = new Conditions()
                .equal("kind", "kind", filter.kind())
                .equal("type", "type", filter.type())
                // digits only (checked): no LIKE wildcard in it; index alert_by_region_prefix (V5) serves it
                .startsWith("region", "region", filter.regionPrefix())
                .equal("responsible_body", "responsibleBody", filter.responsibleBody())
                // the unique key (item_id, version, type) serves it
                .equal("item_id", "itemId", filter.itemId())
                .notNull("acknowledged_at", filter.acknowledged())
                .within("region", "scope", scope);
        return newestFirst.find(where, filter.paging());
    }

    Optional<AlertView> find(UUID id, RegionScope scope) {
        Conditions inScope = RegionConditions.of(null, scope);
        return jdbc.sql("select " + AlertView.COLUMNS + " from alert where id = :id" + RegionConditions.and(inScope))
                .param("id", id).params(inScope.params())
                .query(AlertView::read).optional();
    }

    /**
     * Records who acknowledged the alert, when and why, unless someone did before: one statement,
     * so of two officers acknowledging at once exactly one succeeds.
     *
     * @return the acknowledged alert
     * @throws AlertNotFound            no alert has this id within the caller's regions
     * @throws AlertAlreadyAcknowledged it was acknowledged before (the problem names by whom and when)
     */
    AlertView acknowledge(UUID id, String by, String comment, RegionScope scope) {
        Conditions inScope = RegionConditions.of(null, scope);
        Optional<AlertView> acknowledged = jdbc.sql(ACKNOWLEDGE + " where id = :id and acknowledged_at is null"
                        + RegionConditions.and(inScope) + " returning " + AlertView.COLUMNS)
                .param("by", by).param("at", now()).param("comment", comment).param("id", id).params(inScope.params())
                .query(AlertView::read).optional();
        if (acknowledged.isPresent()) {
            return acknowledged.get();
        }
        throw new AlertAlreadyAcknowledged(find(id, scope).orElseThrow(() -> new AlertNotFound(id)));
    }

    /**
     * Acknowledges each of the alerts nobody has acknowledged yet, first come first served as
     * {@link #acknowledge} (one update; a concurrent acknowledgement of the same alert wins or loses
     * whole), and says what became of every id.
     */
    @Transactional
    BulkAcknowledgement acknowledgeAll(List<UUID> ids, String by, String comment, RegionScope scope) {
        Conditions inScope = RegionConditions.of(null, scope);
        // rows locked in id order: two overlapping bulk acknowledgements wait for each other, never deadlock
        Map<UUID, AlertView> acknowledged = byId(jdbc.sql(ACKNOWLEDGE + " where acknowledged_at is null and id in"
                        + " (select id from alert where id in (:ids) and acknowledged_at is null"
                        + RegionConditions.and(inScope) + " order by id for update)"
                        + " returning " + AlertView.COLUMNS)
                .param("by", by).param("at", now()).param("comment", comment).param("ids", ids).params(inScope.params())
                .query(AlertView::read).list());
        // after the update: an alert it left alone was acknowledged by someone else, and that has committed
        Map<UUID, AlertView> found = byId(jdbc.sql("select " + AlertView.COLUMNS + " from alert where id in (:ids)"
                        + RegionConditions.and(inScope))
                .param("ids", ids).params(inScope.params())
                .query(AlertView::read).list());
        List<AlertView> now = new ArrayList<>();
        List<BulkAcknowledgement.EarlierAcknowledgement> before = new ArrayList<>();
        List<UUID> notFound = new ArrayList<>();
        for (UUID id : ids) {
            AlertView earlier = found.get(id);
            if (acknowledged.containsKey(id)) {
                now.add(acknowledged.get(id));
            } else if (earlier != null && earlier.acknowledged()) {
                before.add(new BulkAcknowledgement.EarlierAcknowledgement(id, earlier.acknowledgedBy(),
                        earlier.acknowledgedAt()));
            } else {
                notFound.add(id);
            }
        }
        return new BulkAcknowledgement(now, before, notFound);
    }

    /** Now, as PostgreSQL keeps it (microseconds), so the answer is what a later read returns. */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Map<UUID, AlertView> byId(List<AlertView> alerts) {
        return alerts.stream().collect(Collectors.toMap(AlertView::id, Function.identity()));
    }
}
