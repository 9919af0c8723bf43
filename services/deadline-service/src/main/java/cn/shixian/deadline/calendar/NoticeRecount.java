package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Something besides the item obligations counted on the calendar that a loaded notice may move
 * (重新计算), e.g. the requests' answer periods. Declared here and implemented where it is counted,
 * so the calendar does not depend on its users.
 */
public interface NoticeRecount {

    /**
     * Runs in the transaction that stores the notice, before the new calendar is installed.
     *
     * @param after the calendar with the notice
     * @return how many due dates moved
     */
    int affectedBy(HolidayNotice notice, WorkingDayCalendar after, ZoneId zone, String reason, Instant at);
}
