package cn.shixian.deadline.reading;

import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.contracts.TimeLimitSet;
import cn.shixian.deadline.calendar.CurrentCalendar;
import cn.shixian.deadline.calendar.Recomputations;
import cn.shixian.deadline.itemfile.ItemFileRepository;
import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.deadline.obligation.Item;
import cn.shixian.deadline.obligation.ItemFile;
import cn.shixian.deadline.obligation.OfficerReading;
import cn.shixian.deadline.query.ItemNotFound;
import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.eventing.outbox.OutgoingEvents;
import cn.shixian.web.RegionScope;
import cn.shixian.workcalendar.CalendarException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets an officer's reading of an item's time limit (时限认定): in one transaction with the item
 * locked (as an intake batch locks it), the item file counts its latest version again, the reading is
 * recorded with who and when, and the events go out through the outbox.
 */
@Service
class ItemReadings {

    private final ItemFileRepository files;
    private final CurrentCalendar calendar;
    private final OutgoingEvents outgoing;
    private final Outbox outbox;
    private final Recomputations recomputations;
    private final Clock clock;

    ItemReadings(ItemFileRepository files, CurrentCalendar calendar, OutgoingEvents outgoing, Outbox outbox,
                 Recomputations recomputations, Clock clock) {
        this.files = files;
        this.recomputations = recomputations;
        this.calendar = calendar;
        this.outgoing = outgoing;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ReadingSet set(String itemId, TimeLimit stated, String officer, RegionScope scope) {
        DueDateRule rule = calendar.countingRule(); // before the item is locked, as an intake batch does
        ItemFile file = files.load(List.of(itemId)).get(itemId);
        Item item = file.item().filter(i -> scope.permits(i.region())).orElseThrow(() -> new ItemNotFound(itemId));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), rule.zone());
        OfficerReading reading = OfficerReading.of(stated, item.timeLimitText(), officer, now);
        List<EventData> produced = new ArrayList<>();
        try {
            file.setReading(reading, now.toLocalDate(),
                    files.closedKeys(itemId, item.latestVersion()), rule, produced::add);
        } catch (IllegalStateException e) {
            throw new ReadingRefused(e.getMessage());
        } catch (CalendarException e) {
            throw new ReadingRefused("the reading cannot be counted on the calendar: " + e.getMessage());
        }
        files.save(List.of(file));
        TimeLimitSet set = (TimeLimitSet) produced.getFirst();
        files.recordReading(itemId, item.latestVersion(), reading, set.previousKind());
        recomputations.record(produced.stream().filter(DeadlineRecomputed.class::isInstance)
                .map(DeadlineRecomputed.class::cast).toList(), reading.reason(), now.toInstant());
        outbox.append(outgoing.records(produced));
        return ReadingSet.of(set, produced.subList(1, produced.size()));
    }

    /**
     * What setting a reading did, as the officer reads it: the reading and each obligation it touched.
     *
     * @param obligations every obligation of the latest version it counted again, opened or cancelled
     */
    record ReadingSet(String itemId, int version, TimeLimit reading, String previousKind, String setBy,
                      OffsetDateTime setAt, List<Change> obligations) {

        /**
         * @param change RECOUNTED (counted again; {@code previousDueOn} is the date before), OPENED or CANCELLED
         */
        record Change(int version, String period, String change, LocalDate dueOn, LocalDate previousDueOn) {
        }

        static ReadingSet of(TimeLimitSet set, List<EventData> events) {
            List<Change> changes = events.stream().map(ReadingSet::change).toList();
            return new ReadingSet(set.itemId(), set.version(), set.reading(), set.previousKind(), set.setBy(),
                    set.setAt(), changes);
        }

        private static Change change(EventData event) {
            return switch (event) {
                case DeadlineRecomputed e -> new Change(e.version(), e.period(), "RECOUNTED", e.dueOn(), e.previousDueOn());
                case DeadlineOpened e -> new Change(e.version(), e.period(), "OPENED", e.dueOn(), null);
                case DeadlineCancelled e -> new Change(e.version(), e.period(), "CANCELLED", null, null);
                default -> throw new IllegalArgumentException("not an obligation's event: " + event.eventType());
            };
        }
    }
}
