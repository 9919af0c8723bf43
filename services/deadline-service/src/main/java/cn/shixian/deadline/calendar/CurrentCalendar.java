package cn.shixian.deadline.calendar;

import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.NoticeReader;
import cn.shixian.workcalendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar (工作日历) this instance counts with: the bundled notices plus those
 * loaded at runtime (stored, so a restart counts the same). Immutable calendars swapped atomically,
 * so a batch counts all its events with one calendar version.
 */
@Component
public class CurrentCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentCalendar.class);

    private final CalendarSettings settings;
    private volatile DueDateRule rule;

    CurrentCalendar(CalendarSettings settings, CalendarNoticeStore store) {
        this.settings = settings;
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        for (StoredNotice stored : store.all()) {
            calendar = withStored(calendar, stored);
        }
        this.rule = new DueDateRule(calendar, settings.zone());
    }

    public DueDateRule rule() {
        return rule;
    }

    public WorkingDayCalendar calendar() {
        return rule.calendar();
    }

    /** Switches to {@code calendar} (already checked against the current one). */
    synchronized void install(WorkingDayCalendar calendar) {
        if (calendar != rule.calendar()) {
            rule = new DueDateRule(calendar, settings.zone());
        }
    }

    /** Adds a notice another instance loaded, unless this calendar has it already. */
    synchronized void adopt(HolidayNotice notice) {
        if (!calendar().notices().contains(notice)) {
            install(calendar().withCorrectedNotice(notice));
        }
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
