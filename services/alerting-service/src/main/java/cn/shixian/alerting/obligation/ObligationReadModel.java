package cn.shixian.alerting.obligation;

import cn.shixian.alerting.alert.AlertLog;
import cn.shixian.alerting.lifecycle.ClockThresholds;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.alerting.metrics.PublicationMetrics;
import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventData;
import cn.shixian.eventing.DeadLetter;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.RegionCode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One row per obligation (itemId, version), or per request's answer period (requestId, 0), with its
 * state, due date and the instants it turns due soon, overdue and escalated, fed by deadline events
 * a batch (one poll) at a time in one transaction: the ids not applied before are recorded in one
 * statement, the rows they touch read and locked in one, changed in memory
 * ({@link ObligationChanges}, which asks {@link ObligationLifecycle}), then written back in JDBC
 * batches with the batch's alerts, its dead letters and their outbox rows.
 */
@Repository
class ObligationReadModel {

    /** A refused record's entry in processed_event: its origin, not a CloudEvents id. */
    private static final String DEAD_LETTER = "dead-letter:";

    private final JdbcClient jdbc;
    private final ObligationStore store;
    private final Clock clock;
    private final LiveCalendar calendar;
    private final ClockThresholds thresholds;
    private final AlertLog alerts;
    private final PublicationMetrics publications;
    private final DeadLetters deadLetters;

    ObligationReadModel(JdbcClient jdbc, ObligationStore store, Clock clock, LiveCalendar calendar,
                        ClockThresholds thresholds, AlertLog alerts, PublicationMetrics publications,
                        DeadLetters deadLetters) {
        this.jdbc = jdbc;
        this.store = store;
        this.clock = clock;
        this.calendar = calendar;
        this.thresholds = thresholds;
        this.alerts = alerts;
        this.publications = publications;
        this.deadLetters = deadLetters;
    }

    /**
     * Applies the events not applied before, in their order, and dead-letters the refused records
     * not dead-lettered before (by origin, topic-partition@offset: a redelivered batch sends none twice);
     * returns how many events were new.
     */
    @Transactional
    public int applyAll(List<CloudEvent<?>> events, List<DeadLetter> refused) {
        if (events.isEmpty() && refused.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<String, CloudEvent<?>> byId = new LinkedHashMap<>();
        events.forEach(event -> byId.putIfAbsent(event.id(), event));
        Map<String, DeadLetter> byOrigin = new LinkedHashMap<>();
        refused.forEach(letter -> byOrigin.putIfAbsent(DEAD_LETTER + letter.origin(), letter));
        Set<String> fresh = store.firstTimes(union(byId.keySet(), byOrigin.keySet()), now);
        deadLetters.send(byOrigin.entrySet().stream().filter(e -> fresh.contains(e.getKey())).map(Map.Entry::getValue)
                .toList());
        List<EventData> applied = new ArrayList<>();
        byId.values().stream().filter(event -> fresh.contains(event.id())).forEach(event -> applied.add(event.data()));
        if (applied.isEmpty()) {
            return 0;
        }
        var live = calendar.calendar();
        ObligationChanges changes = new ObligationChanges(store.lock(ObligationChanges.keysOf(applied)),
                (dueOn, region) -> thresholds.times(dueOn, RegionCode.of(region), live, calendar.zone()), now);
        applied.forEach(changes::apply);
        store.insert(changes.inserted(), now);
        store.update(changes.updated(), now);
        alerts.raise(changes.raised());
        changes.publications().forEach(p -> publications.recorded(p.kind(), p.onTime()));
        return applied.size();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    Optional<ObligationState> stateOf(String itemId, int version) {
        return stateOf(itemId, version, null);
    }

    /** The state of the obligation of that period (null: of one that does not recur). */
    Optional<ObligationState> stateOf(String itemId, int version, String period) {
        return jdbc.sql("select state from obligation where item_id = :itemId and version = :version"
                        + " and period = :period")
                .param("itemId", itemId).param("version", version).param("period", period == null ? "" : period)
                .query(String.class).optional().map(ObligationState::valueOf);
    }
}
