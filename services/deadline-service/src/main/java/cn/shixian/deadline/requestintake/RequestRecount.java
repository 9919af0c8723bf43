package cn.shixian.deadline.requestintake;

import cn.shixian.contracts.RequestDeadlineRecomputed;
import cn.shixian.deadline.calendar.NoticeRecount;
import cn.shixian.deadline.request.RequestClock;
import cn.shixian.deadline.request.RequestDeadlines;
import cn.shixian.deadline.request.RequestRules;
import cn.shixian.eventing.outbox.OutgoingEvents;
import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A loaded holiday notice counts the running answer periods (答复期限) of its region again: each
 * request whose due date moves gets a {@code disclosure.request.deadline.recomputed} with cause
 * {@code CALENDAR_CHANGED}. A paused request is not announced: it is counted on the calendar of
 * the day it resumes.
 */
@Component
class RequestRecount implements NoticeRecount {

    private final RequestEventStore store;
    private final CurrentRequestRules rules;
    private final OutgoingEvents outgoing;
    private final Outbox outbox;

    RequestRecount(RequestEventStore store, CurrentRequestRules rules, OutgoingEvents outgoing, Outbox outbox) {
        this.store = store;
        this.rules = rules;
        this.outgoing = outgoing;
        this.outbox = outbox;
    }

    @Override
    public int affectedBy(HolidayNotice notice, WorkingDayCalendar after, ZoneId zone, String reason, Instant at) {
        String prefix = notice.region().equals(RegionCode.NATIONAL) ? "" : notice.region().code();
        // a notice may name days of the neighbouring years (调休), as for the item obligations
        List<String> touched = store.openTouching(prefix, notice.earliestDay(), notice.latestDay());
        RequestRules before = rules.rules();
        RequestRules counted = new RequestRules(after, zone, before.limits());
        List<RequestDeadlineRecomputed> moved = new ArrayList<>();
        List<RequestClock> recounted = new ArrayList<>();
        for (StoredRequest request : store.load(touched).values()) {
            Optional<RequestClock> was = request.clock(before);
            Optional<RequestClock> now = request.clock(counted);
            if (was.isPresent() && now.isPresent() && !was.get().due().dueOn().equals(now.get().due().dueOn())) {
                moved.add(RequestDeadlines.recounted(was.get(), now.get(), counted));
                recounted.add(now.get());
            }
        }
        store.saveStanding(recounted);
        outbox.append(outgoing.records(moved));
        return moved.size();
    }
}
