package cn.shixian.deadline.calendar;

import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.NoticeReader;
import cn.shixian.workcalendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The calendar the deadline-service counts with: the {@link LiveCalendar} (bundled notices and
 * those other instances announce), with the notices stored in {@code calendar_notice} applied at
 * start-up, so a restart counts the same.
 */
@Component
public class CurrentCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentCalendar.class);

    private final LiveCalendar live;

    CurrentCalendar(LiveCalendar live, CalendarNoticeStore store) {
        this.live = live;
        for (StoredNotice stored : store.all()) {
            live.update(calendar -> withStored(calendar, stored));
        }
    }

    /** The rule of the calendar as it is now; take it once per batch. */
    public DueDateRule rule() {
        return new DueDateRule(live.calendar(), live.zone());
    }

    public WorkingDayCalendar calendar() {
        return live.calendar();
    }

    /** Switches to {@code calendar}, a successor of the current one checked by the caller. */
    void install(WorkingDayCalendar calendar) {
        live.update(current -> calendar);
    }

    private static WorkingDayCalendar withStored(WorkingDayCalendar calendar, StoredNotice stored) {
        try {
            return calendar.withCorrectedNotice(NoticeReader.notice(stored.document()));
        } catch (CalendarException e) {
            // a stored notice the bundled data now contradicts: keep running, say which one
            LOG.error("stored notice {}/{} no longer fits the bundled calendar and is not used: {}",
                    stored.region(), stored.year(), e.getMessage());
            return calendar;
        }
    }
}
