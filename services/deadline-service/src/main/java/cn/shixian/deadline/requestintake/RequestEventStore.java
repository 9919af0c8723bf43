package cn.shixian.deadline.requestintake;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.deadline.request.Answer;
import cn.shixian.deadline.request.RequestClock;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The requests' events as received (申请事件), kept once by request and CloudEvents id, and each
 * request's standing (state, due date, outcome) for lists and filters. The clock itself is folded
 * from the events whenever it is needed, on the calendar of the moment.
 */
@Repository
public class RequestEventStore {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final Clock clock;

    RequestEventStore(JdbcClient jdbc, EventCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
    }

    /** Every one of {@code requestIds}, with no events if never received. */
    public Map<String, StoredRequest> load(Collection<String> requestIds) {
        Map<String, List<RequestEvent>> events = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        if (!requestIds.isEmpty()) {
            jdbc.sql("select request_id, event_id, payload from request_event where request_id in (:ids) "
                            + "order by request_id, seq")
                    .param("ids", List.copyOf(requestIds)).query((rs, row) -> {
                        String requestId = rs.getString(1);
                        ids.computeIfAbsent(requestId, k -> new HashSet<>()).add(rs.getString(2));
                        events.computeIfAbsent(requestId, k -> new ArrayList<>()).add(decode(rs.getString(3)));
                        return requestId;
                    }).list();
        }
        Map<String, StoredRequest> loaded = new HashMap<>();
        for (String requestId : requestIds) {
            loaded.put(requestId, new StoredRequest(requestId, events.getOrDefault(requestId, List.of()),
                    ids.getOrDefault(requestId, Set.of())));
        }
        return loaded;
    }

    /** One request, or empty if the service has no event of it. */
    public Optional<StoredRequest> find(String requestId) {
        StoredRequest stored = load(List.of(requestId)).get(requestId);
        return stored.events().isEmpty() ? Optional.empty() : Optional.of(stored);
    }

    /** The requests of a region prefix whose answer period runs and reaches into [from, to]. */
    List<String> openTouching(String regionPrefix, LocalDate from, LocalDate to) {
        return jdbc.sql("select request_id from request where state = 'OPEN' and region like :prefix"
                        + " and received_on <= :to and due_on >= :from order by request_id")
                .param("prefix", regionPrefix + '%').param("from", from).param("to", to).query(String.class).list();
    }

    /** @return false if the event was already stored (a concurrent delivery took it first) */
    boolean append(AcceptedRequestEvent accepted) {
        return jdbc.sql("""
                insert into request_event (request_id, event_id, type, event_time, payload, origin, received_at)
                values (:request, :id, :type, :time, :payload, :origin, :now)
                on conflict (request_id, event_id) do nothing""")
                .param("request", accepted.requestId()).param("id", accepted.eventId())
                .param("type", accepted.type()).param("time", Timestamp.from(accepted.time().toInstant()))
                .param("payload", new String(accepted.payload(), StandardCharsets.UTF_8))
                .param("origin", accepted.origin()).param("now", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /** Writes where each request stands after the batch. */
    void saveStanding(Collection<RequestClock> clocks) {
        Timestamp now = Timestamp.from(clock.instant());
        for (RequestClock request : clocks) {
            Answer answer = request.answered().orElse(null);
            jdbc.sql("""
                    insert into request (request_id, region, responsible_body, applicant_type, received_on, state,
                                         due_on, closed_on, outcome, late, working_days_late, updated_at)
                    values (:id, :region, :body, :applicant, :received, :state, :due, :closed, :outcome, :late,
                            :daysLate, :now)
                    on conflict (request_id) do update set state = excluded.state, due_on = excluded.due_on,
                        closed_on = excluded.closed_on, outcome = excluded.outcome, late = excluded.late,
                        working_days_late = excluded.working_days_late, updated_at = excluded.updated_at""")
                    .param("id", request.requestId()).param("region", request.request().region())
                    .param("body", request.request().responsibleBody())
                    .param("applicant", request.applicantType().name()).param("received", request.receivedOn())
                    .param("state", request.state().name()).param("due", request.dueOn().orElse(null))
                    .param("closed", request.closedOn())
                    .param("outcome", answer == null ? null : answer.outcome().name())
                    .param("late", answer == null ? null : answer.late())
                    .param("daysLate", answer == null ? null : answer.workingDaysLate())
                    .param("now", now).update();
        }
    }

    private RequestEvent decode(String payload) {
        // stored only after the codec accepted it, so it decodes again
        return (RequestEvent) codec.decode(payload.getBytes(StandardCharsets.UTF_8)).data();
    }
}
