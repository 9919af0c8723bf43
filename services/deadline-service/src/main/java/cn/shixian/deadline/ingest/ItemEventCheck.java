package cn.shixian.deadline.ingest;

import cn.shixian.contracts.ItemRevision;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.calendar.CurrentCalendar;
import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The second check of item events over HTTP (事项事件核对): after each event passed the schemas,
 * whether its due date can be counted on the live calendar, with the same rule and reason the
 * intake dead-letters by ({@code out-of-range}, {@link DueDateRule#refusal}), so HTTP refuses what
 * the topic would refuse.
 */
@Component
class ItemEventCheck {

    private final CurrentCalendar calendar;

    ItemEventCheck(CurrentCalendar calendar) {
        this.calendar = calendar;
    }

    /** @throws InvalidBatch listing every item event whose due date cannot be counted */
    List<ValidEvent> checked(List<ValidEvent> valid) {
        DueDateRule rule = calendar.rule();
        List<IngestError> errors = new ArrayList<>();
        for (ValidEvent event : valid) {
            if (event.topic() == Topic.ITEMS && event.event().data() instanceof ItemRevision revision) {
                rule.refusal(revision).ifPresent(e -> errors.add(error(event, revision, e)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidBatch(errors, valid.size());
        }
        return valid;
    }

    private static IngestError error(ValidEvent event, ItemRevision revision, CalendarException refusal) {
        return new IngestError(event.index(), event.id(), "out-of-range", field(revision), "calendar-range",
                refusal.getMessage());
    }

    /** changedAt if it lies outside the calendar; else the time limit, whose count ran out of it. */
    private static String field(ItemRevision revision) {
        if (!inRange(revision)) {
            return "/data/changedAt";
        }
        return revision.timeLimit() != null && revision.timeLimit().workingDays() != null
                ? "/data/timeLimit/workingDays" : "/data/timeLimit/text";
    }

    /** Whether changedAt itself lies within the calendar, so the count is what runs out of it. */
    private static boolean inRange(ItemRevision revision) {
        LocalDate day = revision.changedAt().toLocalDate();
        return !day.isBefore(WorkingDayCalendar.FIRST_DAY) && !day.isAfter(WorkingDayCalendar.LAST_DAY);
    }
}
