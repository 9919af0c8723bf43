package cn.shixian.alerting.obligation;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineMet;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One row per obligation (itemId, version) with its state and due date, fed by deadline events.
 * Idempotent by CloudEvents id: the id is recorded in the same transaction as the change.
 */
@Repository
class ObligationReadModel {

    private final JdbcClient jdbc;
    private final Clock clock;

    ObligationReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void apply(CloudEvent<?> event) {
        if (!firstTime(event.id())) {
            return;
        }
        switch (event.data()) {
            case DeadlineOpened opened -> open(opened);
            case DeadlineRecomputed recomputed -> moveDueDate(recomputed);
            case DeadlineMet met -> end(met.itemId(), met.version(), met.late() ? ObligationState.MET_LATE : ObligationState.MET);
            case DeadlineCancelled cancelled -> end(cancelled.itemId(), cancelled.version(), ObligationState.CANCELLED);
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
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, due_on, state,
                                        calendar_version, provisional, updated_at)
                values (:itemId, :version, :region, :body, :dueOn, 'OPEN', :calendarVersion, :provisional, :at)
                on conflict (item_id, version) do nothing""")
                .param("itemId", opened.itemId()).param("version", opened.version())
                .param("region", opened.region()).param("body", opened.responsibleBody())
                .param("dueOn", opened.dueOn()).param("calendarVersion", opened.calendarVersion())
                .param("provisional", opened.provisional()).param("at", now())
                .update();
    }

    private void moveDueDate(DeadlineRecomputed recomputed) {
        jdbc.sql("""
                update obligation set due_on = :dueOn, calendar_version = :calendarVersion,
                                      provisional = :provisional, updated_at = :at
                where item_id = :itemId and version = :version""")
                .param("dueOn", recomputed.dueOn()).param("calendarVersion", recomputed.calendarVersion())
                .param("provisional", recomputed.provisional()).param("at", now())
                .param("itemId", recomputed.itemId()).param("version", recomputed.version())
                .update();
    }

    private void end(String itemId, int version, ObligationState finalState) {
        jdbc.sql("update obligation set state = :state, updated_at = :at where item_id = :itemId and version = :version")
                .param("state", finalState.name()).param("at", now())
                .param("itemId", itemId).param("version", version)
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
