package cn.shixian.alerting.obligation;

import cn.shixian.alerting.alert.AlertLog;
import cn.shixian.alerting.alert.RaisedAlert;
import cn.shixian.alerting.lifecycle.ClockPosition;
import cn.shixian.alerting.lifecycle.ClockThresholds;
import cn.shixian.alerting.lifecycle.LifecycleEvent;
import cn.shixian.alerting.lifecycle.ObligationKind;
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
import cn.shixian.contracts.RequestDeadlineCancelled;
import cn.shixian.contracts.RequestDeadlineEvent;
import cn.shixian.contracts.RequestDeadlineMet;
import cn.shixian.contracts.RequestDeadlineOpened;
import cn.shixian.contracts.RequestDeadlinePaused;
import cn.shixian.contracts.RequestDeadlineRecomputed;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.RegionCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One row per obligation (itemId, version), or per request's answer period (requestId, 0), with its state, due date and the instants it turns due
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
    private static final String RUNNING = StatePredicates.in("state", ObligationLifecycle.RUNNING);

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
            case DeadlineRecomputed moved -> moveDueDate(new Key(moved.itemId(), moved.version()), moved.dueOn(),
                    moved.region(), moved.calendarVersion(), moved.provisional());
            case DeadlineMet met -> close(new Key(met.itemId(), met.version()), ObligationKind.ITEM,
                    new LifecycleEvent.Published(met.late()), met.publishedAt(), met.workingDaysLate());
            case DeadlineCancelled cancelled -> cancel(new Key(cancelled.itemId(), cancelled.version()));
            case RequestDeadlineOpened opened -> open(opened);
            case RequestDeadlineRecomputed moved -> moveDueDate(Key.of(moved), moved.dueOn(), moved.region(),
                    moved.calendarVersion(), moved.provisional());
            case RequestDeadlinePaused paused -> pause(Key.of(paused));
            case RequestDeadlineMet met -> close(Key.of(met), ObligationKind.REQUEST,
                    new LifecycleEvent.Published(met.late()), met.answeredAt(), met.workingDaysLate());
            case RequestDeadlineCancelled cancelled -> cancel(Key.of(cancelled));
            default -> { } // other types on this topic are not about obligations
        }
    }

    Optional<ObligationState> stateOf(String itemId, int version) {
        return stateOf(new Key(itemId, version));
    }

    private Optional<ObligationState> stateOf(Key key) {
        return jdbc.sql("select state from obligation where item_id = :itemId and version = :version")
                .param("itemId", key.id()).param("version", key.version())
                .query(String.class).optional().map(ObligationState::valueOf);
    }

    private boolean firstTime(String eventId) {
        return jdbc.sql("insert into processed_event (event_id, processed_at) values (:id, :at) on conflict do nothing")
                .param("id", eventId).param("at", now())
                .update() == 1;
    }

    private void open(DeadlineOpened opened) {
        insert(new Row(ObligationKind.ITEM, new Key(opened.itemId(), opened.version()), opened.region(),
                opened.responsibleBody(), opened.title(), opened.changedOn(), opened.dueOn(), opened.calendarVersion(),
                opened.provisional(), opened.category()));
    }

    /** A request's row: its subject as the title, the receipt day as the day it changed, no category. */
    private void open(RequestDeadlineOpened opened) {
        insert(new Row(ObligationKind.REQUEST, Key.of(opened), opened.region(), opened.responsibleBody(),
                opened.subject() == null ? "" : opened.subject(), opened.receivedOn(), opened.dueOn(),
                opened.calendarVersion(), opened.provisional(), List.of()));
    }

    private void insert(Row row) {
        TransitionTimes times = times(row.dueOn(), row.region());
        jdbc.sql("""
                insert into obligation (item_id, version, kind, region, responsible_body, title, changed_on, due_on,
                                        due_at, due_soon_at, escalate_at, state, state_since, calendar_version,
                                        provisional, category, updated_at)
                values (:itemId, :version, :kind, :region, :body, :title, :changedOn, :dueOn, :dueAt, :dueSoonAt,
                        :escalateAt, :state, :at, :calendarVersion, :provisional, :category, :at)
                on conflict (item_id, version) do nothing""")
                .param("itemId", row.key().id()).param("version", row.key().version()).param("kind", row.kind().name())
                .param("region", row.region()).param("body", row.responsibleBody())
                .param("title", row.title()).param("changedOn", row.changedOn()).param("dueOn", row.dueOn())
                .param("dueAt", ts(times.dueAt())).param("dueSoonAt", ts(times.dueSoonAt()))
                .param("escalateAt", ts(times.escalateAt())).param("calendarVersion", row.calendarVersion())
                .param("provisional", row.provisional())
                .param("category", row.category().toArray(String[]::new)).param("at", now())
                .param("state", OPENED_AS.name())
                .update();
    }

    /**
     * A new due date may move the obligation back (never forward: that is the sweep's, with an alert),
     * and restarts a paused clock. Title, category and the rest stay as opened.
     */
    private void moveDueDate(Key key, LocalDate dueOn, String region, String calendarVersion, boolean provisional) {
        Optional<ObligationState> current = stateOf(key);
        if (current.isEmpty()) {
            return;
        }
        TransitionTimes times = times(dueOn, region);
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
                .param("dueOn", dueOn).param("dueAt", ts(times.dueAt()))
                .param("dueSoonAt", ts(times.dueSoonAt())).param("escalateAt", ts(times.escalateAt()))
                .param("calendarVersion", calendarVersion).param("provisional", provisional)
                .param("state", state.name()).param("at", now())
                .param("itemId", key.id()).param("version", key.version())
                .update();
    }

    /** A request's clock stops (补正, 征求意见): nothing is due and the sweep leaves it until its next due date. */
    private void pause(Key key) {
        jdbc.sql("""
                update obligation set state = :state, state_since = :at, updated_at = :at
                where item_id = :itemId and version = :version and %s""".formatted(RUNNING))
                .param("state", ObligationLifecycle.pausedBy(new LifecycleEvent.Paused()).name()).param("at", now())
                .param("itemId", key.id()).param("version", key.version())
                .update();
    }

    private void close(Key key, ObligationKind kind, LifecycleEvent.Published published, OffsetDateTime at,
                       int workingDaysLate) {
        ObligationState state = ObligationLifecycle.closedBy(published);
        // the row is updated once (open states only): a redelivered met changes and counts nothing
        List<RaisedAlert> closed = jdbc.sql("""
                update obligation set state = :state, state_since = :at, published_at = :publishedAt,
                    working_days_late = :daysLate, updated_at = :at
                where item_id = :itemId and version = :version and %s
                returning item_id, version, region, responsible_body, title, due_on""".formatted(OPEN))
                .param("state", state.name()).param("at", now()).param("publishedAt", ts(at.toInstant()))
                .param("daysLate", published.late() ? workingDaysLate : null)
                .param("itemId", key.id()).param("version", key.version())
                .query((rs, row) -> new RaisedAlert(kind, state.alertOnEntry().orElse(null), rs.getString(1),
                        rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), null, workingDaysLate))
                .list();
        if (!closed.isEmpty()) {
            publications.recorded(kind, !published.late());
        }
        if (state.alertOnEntry().isPresent()) {
            alerts.raise(closed);
        }
    }

    private void cancel(Key key) {
        jdbc.sql("""
                update obligation set state = :state, state_since = :at, updated_at = :at
                where item_id = :itemId and version = :version and %s""".formatted(OPEN))
                .param("state", ObligationLifecycle.closedBy(new LifecycleEvent.Cancelled()).name())
                .param("at", now()).param("itemId", key.id()).param("version", key.version())
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

    /** A row's key: (itemId, version), or (requestId, 0) for a request ({@link ObligationKind#REQUEST_VERSION}). */
    private record Key(String id, int version) {

        static Key of(RequestDeadlineEvent event) {
            return new Key(event.requestId(), ObligationKind.REQUEST_VERSION);
        }
    }

    /** What a new row holds. */
    private record Row(ObligationKind kind, Key key, String region, String responsibleBody, String title,
                       LocalDate changedOn, LocalDate dueOn, String calendarVersion, boolean provisional,
                       List<String> category) {
    }
}
