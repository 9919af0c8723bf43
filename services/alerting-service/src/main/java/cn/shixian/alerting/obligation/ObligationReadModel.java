package cn.shixian.alerting.obligation;

import cn.shixian.alerting.alert.AlertLog;
import cn.shixian.alerting.alert.RaisedAlert;
import cn.shixian.alerting.lifecycle.ClockPosition;
import cn.shixian.alerting.lifecycle.ClockThresholds;
import cn.shixian.alerting.lifecycle.LifecycleEvent;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.alerting.lifecycle.StatePredicates;
import cn.shixian.alerting.lifecycle.Step;
import cn.shixian.alerting.lifecycle.TransitionTimes;
import cn.shixian.alerting.metrics.PublicationMetrics;
import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineMet;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.RegionCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One row per obligation (itemId, version) with its state, due date and the instants it turns due
 * soon, overdue and escalated, fed by deadline events. Idempotent by CloudEvents id: the id is
 * recorded in the same transaction as the change. Which event moves which state is
 * {@link ObligationLifecycle}'s; this class only writes its answers.
 */
@Repository
class ObligationReadModel {

    /** The state a new obligation starts in, whatever the clock says: the sweep moves it on, with its alert. */
    private static final ObligationState OPENED_AS = ((Step.Move) ObligationLifecycle.next(Optional.empty(),
            ClockPosition.BEFORE_DUE_SOON, new LifecycleEvent.Opened())).to();
    private static final String OPEN = StatePredicates.in("state", ObligationLifecycle.OPEN);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LiveCalendar calendar;
    private final ClockThresholds thresholds;
    private final AlertLog alerts;
    private final PublicationMetrics publications;

    ObligationReadModel(JdbcClient jdbc, Clock clock, LiveCalendar calendar, ClockThresholds thresholds, AlertLog alerts,
                        PublicationMetrics publications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.thresholds = thresholds;
        this.alerts = alerts;
        this.publications = publications;
    }

    @Transactional
    public void apply(CloudEvent<?> event) {
        if (!firstTime(event.id())) {
            return;
        }
        switch (event.data()) {
            case DeadlineOpened opened -> open(opened);
            case DeadlineRecomputed recomputed -> moveDueDate(recomputed);
            case DeadlineMet met -> meet(met);
            case DeadlineCancelled cancelled -> cancel(cancelled);
            default -> { } // other types on this topic are not about obligations
        }
    }

    Optional<ObligationState> stateOf(String itemId, int version) {
        return jdbc.sql("select state from obligation where item_id = :itemId and version = :version")
                .param("itemId", itemId).param("version", version)
                .query(String.class).optional().map(ObligationState::valueOf);
    }

    private boolean firstTime(String eventId) {
        return jdbc.sql("insert into processed_event (event_id, processed_at) values (:id, :at) on conflict do nothing")
                .param("id", eventId).param("at", now())
                .update() == 1;
    }

    private void open(DeadlineOpened opened) {
        TransitionTimes times = times(opened.dueOn(), opened.region());
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, title, changed_on, due_on, due_at,
                                        due_soon_at, escalate_at, state, state_since, calendar_version, provisional,
                                        category, updated_at)
                values (:itemId, :version, :region, :body, :title, :changedOn, :dueOn, :dueAt, :dueSoonAt, :escalateAt,
                        :state, :at, :calendarVersion, :provisional, :category, :at)
                on conflict (item_id, version) do nothing""")
                .param("itemId", opened.itemId()).param("version", opened.version())
                .param("region", opened.region()).param("body", opened.responsibleBody())
                .param("title", opened.title()).param("changedOn", opened.changedOn()).param("dueOn", opened.dueOn())
                .param("dueAt", ts(times.dueAt())).param("dueSoonAt", ts(times.dueSoonAt()))
                .param("escalateAt", ts(times.escalateAt())).param("calendarVersion", opened.calendarVersion())
                .param("provisional", opened.provisional())
                .param("category", opened.category().toArray(String[]::new)).param("at", now())
                .param("state", OPENED_AS.name())
                .update();
    }

    /**
     * A new due date may move the obligation back (never forward: that is the sweep's, with an alert).
     * Title, category and the rest stay as opened.
     */
    private void moveDueDate(DeadlineRecomputed recomputed) {
        Optional<ObligationState> current = stateOf(recomputed.itemId(), recomputed.version());
        if (current.isEmpty()) {
            return;
        }
        TransitionTimes times = times(recomputed.dueOn(), recomputed.region());
        Step step = ObligationLifecycle.next(current, ClockPosition.at(times, clock.instant()),
                new LifecycleEvent.DueDateMoved());
        // the new due date is written even when the state stays
        ObligationState state = step instanceof Step.Move move ? move.to() : current.get();
        jdbc.sql("""
                update obligation set due_on = :dueOn, due_at = :dueAt, due_soon_at = :dueSoonAt,
                    escalate_at = :escalateAt, calendar_version = :calendarVersion, provisional = :provisional,
                    state_since = case when state = :state then state_since else :at end, state = :state,
                    updated_at = :at
                where item_id = :itemId and version = :version""")
                .param("dueOn", recomputed.dueOn()).param("dueAt", ts(times.dueAt()))
                .param("dueSoonAt", ts(times.dueSoonAt())).param("escalateAt", ts(times.escalateAt()))
                .param("calendarVersion", recomputed.calendarVersion()).param("provisional", recomputed.provisional())
                .param("state", state.name()).param("at", now())
                .param("itemId", recomputed.itemId()).param("version", recomputed.version())
                .update();
    }

    private void meet(DeadlineMet met) {
        ObligationState state = ObligationLifecycle.closedBy(new LifecycleEvent.Published(met.late()));
        // the row is updated once (open states only): a redelivered met changes and counts nothing
        List<RaisedAlert> closed = jdbc.sql("""
                update obligation set state = :state, state_since = :at, published_at = :publishedAt,
                    working_days_late = :daysLate, updated_at = :at
                where item_id = :itemId and version = :version and %s
                returning item_id, version, region, responsible_body, title, due_on""".formatted(OPEN))
                .param("state", state.name()).param("at", now()).param("publishedAt", ts(met.publishedAt().toInstant()))
                .param("daysLate", met.late() ? met.workingDaysLate() : null)
                .param("itemId", met.itemId()).param("version", met.version())
                .query((rs, row) -> new RaisedAlert(state.alertOnEntry().orElse(null), rs.getString(1), rs.getInt(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), null,
                        met.workingDaysLate()))
                .list();
        if (!closed.isEmpty()) {
            publications.recorded(!met.late());
        }
        if (state.alertOnEntry().isPresent()) {
            alerts.raise(closed);
        }
    }

    private void cancel(DeadlineCancelled cancelled) {
        jdbc.sql("""
                update obligation set state = :state, state_since = :at, updated_at = :at
                where item_id = :itemId and version = :version and %s""".formatted(OPEN))
                .param("state", ObligationLifecycle.closedBy(new LifecycleEvent.Cancelled()).name())
                .param("at", now()).param("itemId", cancelled.itemId()).param("version", cancelled.version())
                .update();
    }

    private TransitionTimes times(LocalDate dueOn, String region) {
        return thresholds.times(dueOn, RegionCode.of(region), calendar.calendar(), calendar.zone());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
