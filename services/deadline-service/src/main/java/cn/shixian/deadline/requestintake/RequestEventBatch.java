package cn.shixian.deadline.requestintake;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.InvalidEventException;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.intake.RejectedRecords;
import cn.shixian.deadline.request.RequestRules;
import cn.shixian.eventing.DeadLetter;
import cn.shixian.eventing.outbox.OutgoingEvents;
import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.workcalendar.CalendarException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of {@code disclosure.requests} records (申请事件) in one transaction: stored events
 * folded, new ones decided in partition order, the fitting ones stored with the request's standing
 * and their deadline events in the outbox, the others dead-lettered with the refusal's reason. A
 * redelivered batch finds its events stored (kept by id) and its dead letters recorded (kept by
 * origin), so nothing is doubled; the offset is committed only after the transaction, so nothing is lost.
 */
@Component
class RequestEventBatch {

    private final EventCodec codec;
    private final RequestEventStore store;
    private final CurrentRequestRules rules;
    private final RejectedRecords rejected;
    private final OutgoingEvents outgoing;
    private final Outbox outbox;
    private final RequestIntakeMetrics metrics;

    RequestEventBatch(EventCodec codec, RequestEventStore store, CurrentRequestRules rules, RejectedRecords rejected,
                      OutgoingEvents outgoing, Outbox outbox, RequestIntakeMetrics metrics) {
        this.codec = codec;
        this.store = store;
        this.rules = rules;
        this.rejected = rejected;
        this.outgoing = outgoing;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Transactional
    public void process(List<ConsumerRecord<String, byte[]>> records) {
        RequestRules counting = rules.countingRules(); // first: see CurrentCalendar#countingRule
        List<DeadLetter> deadLetters = new ArrayList<>();
        List<Decoded> decoded = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            decode(record, deadLetters).ifPresent(decoded::add);
        }
        Set<String> requestIds = new LinkedHashSet<>();
        decoded.forEach(d -> requestIds.add(d.data().requestId()));
        RequestFold fold = new RequestFold(store.load(requestIds), counting);
        List<EventData> produced = new ArrayList<>();
        List<RequestIntakeMetrics.Disposition> dispositions = new ArrayList<>();
        for (int i = records.size() - decoded.size(); i > 0; i--) {
            dispositions.add(RequestIntakeMetrics.Disposition.UNREADABLE);
        }
        for (Decoded in : decoded) {
            dispositions.add(apply(fold, in, produced, deadLetters));
        }
        store.saveStanding(fold.changed());
        rejected.reject(deadLetters);
        outbox.append(outgoing.records(produced));
        dispositions.forEach(metrics::count);
    }

    private RequestIntakeMetrics.Disposition apply(RequestFold fold, Decoded in, List<EventData> produced,
                                                   List<DeadLetter> deadLetters) {
        try {
            return switch (fold.apply(in.event().id(), in.data())) {
                case RequestFold.Duplicate duplicate -> RequestIntakeMetrics.Disposition.DUPLICATE;
                case RequestFold.Misfit misfit -> {
                    deadLetters.add(in.deadLetter(misfit.refusal().reason().code(), misfit.refusal().message()));
                    yield RequestIntakeMetrics.Disposition.REFUSED;
                }
                case RequestFold.Fits fits -> {
                    store.append(AcceptedRequestEvent.of(in.event(), in.data(), in.record().value(), in.origin()));
                    produced.addAll(fits.deadlines());
                    yield RequestIntakeMetrics.Disposition.APPLIED;
                }
            };
        } catch (CalendarException e) {
            deadLetters.add(in.deadLetter("out-of-range", e.getMessage()));
            return RequestIntakeMetrics.Disposition.REFUSED;
        }
    }

    private Optional<Decoded> decode(ConsumerRecord<String, byte[]> record, List<DeadLetter> deadLetters) {
        try {
            CloudEvent<?> event = codec.decode(record.value());
            if (event.data() instanceof RequestEvent data) {
                return Optional.of(new Decoded(record, event, data));
            }
            deadLetters.add(Decoded.deadLetter(record, "wrong-topic", event.type().type() + " belongs on "
                    + event.topic().topicName() + ", not on " + Topic.REQUESTS.topicName()));
        } catch (InvalidEventException e) {
            deadLetters.add(Decoded.deadLetter(record, e.reason().code(), e.getMessage()));
        }
        return Optional.empty();
    }

    /** A record the codec read as a request event. */
    private record Decoded(ConsumerRecord<String, byte[]> record, CloudEvent<?> event, RequestEvent data) {

        String origin() {
            return DeadLetter.origin(record.topic(), record.partition(), record.offset());
        }

        DeadLetter deadLetter(String reason, String detail) {
            return deadLetter(record, reason, detail);
        }

        static DeadLetter deadLetter(ConsumerRecord<String, byte[]> record, String reason, String detail) {
            return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                    reason, detail);
        }
    }
}
