package cn.shixian.deadline.intake;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.InvalidEventException;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.calendar.CurrentCalendar;
import cn.shixian.deadline.obligation.Disposition;
import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.deadline.obligation.ItemFile;
import cn.shixian.deadline.itemfile.ItemFileRepository;
import cn.shixian.eventing.outbox.OutgoingEvents;
import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.eventing.DeadLetter;
import cn.shixian.workcalendar.CalendarException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of {@code disclosure.items} records in one database transaction: events recorded
 * once by id, item files loaded and written back in bulk, deadline events and dead letters put in
 * the outbox. Records are applied in their partition order, so each item sees its events in order.
 */
@Component
class ItemEventBatch {

    private final EventCodec codec;
    private final ItemEventLog log;
    private final RejectedRecords rejected;
    private final ItemFileRepository files;
    private final CurrentCalendar calendar;
    private final OutgoingEvents outgoing;
    private final Outbox outbox;
    private final IntakeMetrics metrics;
    private final Clock clock;

    ItemEventBatch(EventCodec codec, ItemEventLog log, RejectedRecords rejected, ItemFileRepository files,
                   CurrentCalendar calendar, OutgoingEvents outgoing, Outbox outbox, IntakeMetrics metrics,
                   Clock clock) {
        this.clock = clock;
        this.codec = codec;
        this.log = log;
        this.rejected = rejected;
        this.files = files;
        this.calendar = calendar;
        this.outgoing = outgoing;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Transactional
    public void process(List<ConsumerRecord<String, byte[]>> records) {
        // first, before the items' rows are locked: a calendar load waits for this batch, and it for a load
        DueDateRule rule = calendar.countingRule();
        List<IncomingRecord> accepted = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            IncomingRecord in = decode(record);
            if (in.isAccepted()) {
                accepted.add(in);
            } else {
                deadLetters.add(in.deadLetter());
            }
        }
        List<IncomingRecord> fresh = accepted.isEmpty() ? List.of() : log.appendNew(accepted);
        List<EventData> produced = apply(fresh, rule, deadLetters);
        rejected.reject(deadLetters);
        outbox.append(outgoing.records(produced));
    }

    private List<EventData> apply(List<IncomingRecord> fresh, DueDateRule rule, List<DeadLetter> deadLetters) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> itemIds = new LinkedHashSet<>();
        fresh.forEach(in -> itemIds.add(in.event().subject()));
        Map<String, ItemFile> loaded = files.load(itemIds);
        List<EventData> produced = new ArrayList<>();
        for (IncomingRecord in : fresh) {
            CloudEvent<?> event = in.event();
            long start = System.nanoTime();
            try {
                Disposition disposition = loaded.get(event.subject()).apply(event.id(), event.data(), rule, out -> {
                    produced.add(out);
                    count(out);
                });
                metrics.consumed(event.type(), disposition);
            } catch (CalendarException e) {
                deadLetters.add(in.deadLetter("out-of-range", e.getMessage()));
            } finally {
                metrics.compute.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), rule.zone());
        for (ItemFile file : loaded.values()) {
            try {
                file.openPeriodsBegunSinceItsChange(today, rule, out -> {
                    produced.add(out);
                    count(out);
                });
            } catch (CalendarException e) {
                // a period beyond the calendar's range: the scheduler tries again on its runs and logs it
            }
        }
        files.save(loaded.values());
        return produced;
    }

    private void count(EventData out) {
        if (out instanceof DeadlineOpened opened) {
            metrics.opened.increment();
            if (opened.timeLimitUnparsed()) {
                metrics.unparsed.increment();
            }
        }
    }

    private IncomingRecord decode(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent<?> event = codec.decode(record.value());
            if (event.topic() != Topic.ITEMS) {
                return IncomingRecord.refused(record, "wrong-topic", event.type().type() + " belongs on "
                        + event.topic().topicName() + ", not on " + Topic.ITEMS.topicName());
            }
            return IncomingRecord.accepted(record, event);
        } catch (InvalidEventException e) {
            return IncomingRecord.refused(record, e.reason().code(), e.getMessage());
        }
    }
}
