package cn.shixian.alerting.obligation;

import cn.shixian.alerting.alert.RaisedAlert;
import cn.shixian.alerting.lifecycle.ClockPosition;
import cn.shixian.alerting.lifecycle.LifecycleEvent;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.alerting.lifecycle.Step;
import cn.shixian.alerting.lifecycle.TransitionTimes;
import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineMet;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.RequestDeadlineCancelled;
import cn.shixian.contracts.RequestDeadlineMet;
import cn.shixian.contracts.RequestDeadlineOpened;
import cn.shixian.contracts.RequestDeadlinePaused;
import cn.shixian.contracts.RequestDeadlineRecomputed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one batch of deadline events does to the obligations it touches, worked out in memory
 * (plain Java: no I/O): the rows as they end up, which of them are new, the alerts their moves raise
 * and the publications they record. Events are applied in the batch's order, so one obligation's
 * events (one key, one partition) are applied as they came. Which event moves which state is
 * {@link ObligationLifecycle}'s; this class only keeps its answers per row.
 */
final class ObligationChanges {

    /** The state a new obligation starts in, whatever the clock says: the sweep moves it on, with its alert. */
    static final ObligationState OPENED_AS = ((Step.Move) ObligationLifecycle.next(Optional.empty(),
            ClockPosition.BEFORE_DUE_SOON, new LifecycleEvent.Opened())).to();

    /** The instants of a due date in a region: the clock thresholds on the live calendar. */
    interface Clocks {
        TransitionTimes times(LocalDate dueOn, String region);
    }

    /** A publication (or a request's answer) recorded, for the counters. */
    record Publication(ObligationKind kind, boolean onTime) {
    }

    private final Map<ObligationKey, ObligationRow> rows = new LinkedHashMap<>();
    private final Set<ObligationKey> existing;
    private final Set<ObligationKey> changed = new LinkedHashSet<>();
    private final List<RaisedAlert> raised = new ArrayList<>();
    private final List<Publication> publications = new ArrayList<>();
    private final Clocks clocks;
    private final Instant now;

    /** @param stored the rows the batch touches as they are in the table (locked by the caller) */
    ObligationChanges(Map<ObligationKey, ObligationRow> stored, Clocks clocks, Instant now) {
        this.rows.putAll(stored);
        this.existing = Set.copyOf(stored.keySet());
        this.clocks = clocks;
        this.now = now;
    }

    /** The keys a batch of events touches (those of the types this read model keeps). */
    static Set<ObligationKey> keysOf(List<EventData> events) {
        Set<ObligationKey> keys = new LinkedHashSet<>();
        for (EventData event : events) {
            key(event).ifPresent(keys::add);
        }
        return keys;
    }

    ObligationChanges apply(EventData event) {
        switch (event) {
            case DeadlineOpened opened -> open(new ObligationRow(new ObligationKey(opened.itemId(), opened.version(),
                    opened.period()),
                    ObligationKind.ITEM, opened.region(), opened.responsibleBody(), opened.title(), opened.changedOn(),
                    opened.category(), opened.dueOn(), clocks.times(opened.dueOn(), opened.region()),
                    opened.calendarVersion(), opened.provisional(), OPENED_AS, now, null, null,
                    opened.timeLimitKind() == null ? "WORKING_DAYS" : opened.timeLimitKind()));
            // a request's subject is its title, the receipt day the day it changed; it has no category
            case RequestDeadlineOpened opened -> open(new ObligationRow(ObligationKey.of(opened), ObligationKind.REQUEST,
                    opened.region(), opened.responsibleBody(), opened.subject() == null ? "" : opened.subject(),
                    opened.receivedOn(), List.of(), opened.dueOn(), clocks.times(opened.dueOn(), opened.region()),
                    opened.calendarVersion(), opened.provisional(), OPENED_AS, now, null, null, null));
            case DeadlineRecomputed moved -> moveDueDate(new ObligationKey(moved.itemId(), moved.version(), moved.period()),
                    moved.dueOn(), moved.region(), moved.calendarVersion(), moved.provisional(), moved.timeLimitKind());
            case RequestDeadlineRecomputed moved -> moveDueDate(ObligationKey.of(moved), moved.dueOn(), moved.region(),
                    moved.calendarVersion(), moved.provisional(), null);
            case DeadlineMet met -> publish(new ObligationKey(met.itemId(), met.version(), met.period()), met.late(),
                    met.publishedAt(), met.workingDaysLate());
            case RequestDeadlineMet met -> publish(ObligationKey.of(met), met.late(), met.answeredAt(),
                    met.workingDaysLate());
            case DeadlineCancelled cancelled -> move(new ObligationKey(cancelled.itemId(), cancelled.version(),
                    cancelled.period()),
                    new LifecycleEvent.Cancelled());
            case RequestDeadlineCancelled cancelled -> move(ObligationKey.of(cancelled), new LifecycleEvent.Cancelled());
            case RequestDeadlinePaused paused -> move(ObligationKey.of(paused), new LifecycleEvent.Paused());
            default -> { } // other types on this topic are not about obligations
        }
        return this;
    }

    /** The rows to insert: opened in this batch, in their order, as they ended up. */
    List<ObligationRow> inserted() {
        return rows.values().stream().filter(row -> !existing.contains(row.key())).toList();
    }

    /** The rows of the table this batch changed, as they ended up. */
    List<ObligationRow> updated() {
        return changed.stream().filter(existing::contains).map(rows::get).toList();
    }

    List<RaisedAlert> raised() {
        return List.copyOf(raised);
    }

    List<Publication> publications() {
        return List.copyOf(publications);
    }

    private static Optional<ObligationKey> key(EventData event) {
        return Optional.ofNullable(switch (event) {
            case DeadlineOpened e -> new ObligationKey(e.itemId(), e.version(), e.period());
            case DeadlineRecomputed e -> new ObligationKey(e.itemId(), e.version(), e.period());
            case DeadlineMet e -> new ObligationKey(e.itemId(), e.version(), e.period());
            case DeadlineCancelled e -> new ObligationKey(e.itemId(), e.version(), e.period());
            case RequestDeadlineOpened e -> ObligationKey.of(e);
            case RequestDeadlineRecomputed e -> ObligationKey.of(e);
            case RequestDeadlinePaused e -> ObligationKey.of(e);
            case RequestDeadlineMet e -> ObligationKey.of(e);
            case RequestDeadlineCancelled e -> ObligationKey.of(e);
            default -> null;
        });
    }

    /** Opened once: a second opened (another id, the same obligation) changes nothing. */
    private void open(ObligationRow row) {
        if (!rows.containsKey(row.key())) {
            rows.put(row.key(), row);
        }
    }

    /**
     * A new due date may move the obligation back (never forward: that is the sweep's, with an
     * alert) and restarts a paused clock. The new due date is written even when the state stays.
     */
    /** @param limitKind the kind of time limit it is counted by now (an officer's reading); null: unchanged */
    private void moveDueDate(ObligationKey key, LocalDate dueOn, String region, String calendarVersion,
                             boolean provisional, String limitKind) {
        ObligationRow row = rows.get(key);
        if (row == null) {
            return;
        }
        TransitionTimes times = clocks.times(dueOn, region);
        Step step = ObligationLifecycle.next(Optional.of(row.state()), ClockPosition.at(times, now),
                new LifecycleEvent.DueDateMoved());
        ObligationState state = step instanceof Step.Move move ? move.to() : row.state();
        put(row.dueOn(dueOn, times, calendarVersion, provisional, state, now, limitKind));
    }

    /** Closed once (open states only): a second met changes and counts nothing. */
    private void publish(ObligationKey key, boolean late, OffsetDateTime at, int workingDaysLate) {
        ObligationRow row = rows.get(key);
        LifecycleEvent.Published published = new LifecycleEvent.Published(late);
        if (row == null || !(ObligationLifecycle.next(Optional.of(row.state()), ClockPosition.BEFORE_DUE_SOON,
                published) instanceof Step.Move move)) {
            return;
        }
        ObligationRow closed = row.published(move.to(), now, at.toInstant(), late ? workingDaysLate : null);
        put(closed);
        publications.add(new Publication(row.kind(), !late));
        move.alert().ifPresent(type -> raised.add(new RaisedAlert(row.kind(), type, key.id(), key.version(), key.periodOrNull(),
                row.region(), row.responsibleBody(), row.title(), row.dueOn(), null, workingDaysLate)));
    }

    /** An event that moves the state and nothing else (cancelled, paused), where the lifecycle says so. */
    private void move(ObligationKey key, LifecycleEvent event) {
        ObligationRow row = rows.get(key);
        if (row != null && ObligationLifecycle.next(Optional.of(row.state()), ClockPosition.BEFORE_DUE_SOON, event)
                instanceof Step.Move move) {
            put(row.in(move.to(), now));
        }
    }

    private void put(ObligationRow row) {
        rows.put(row.key(), row);
        changed.add(row.key());
    }
}
