package cn.shixian.alerting.notify;

import cn.shixian.alerting.obligation.CalendarRegion;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * When a message may go out: at once on a 24/7 channel, otherwise within office hours (办公时间) of a
 * working day of the region, else at the start of the next working morning. So nobody is woken at
 * 3 a.m. on a holiday, and a make-up working Sunday (调休上班) counts as a working morning.
 */
@Component
class OfficeHoursPolicy {

    private final LiveCalendar calendar;
    private final NotifySettings.OfficeHours hours;

    OfficeHoursPolicy(LiveCalendar calendar, NotifySettings settings) {
        this.calendar = calendar;
        this.hours = settings.officeHours();
    }

    /** The first instant at or after {@code at} when {@code channel} may notify about {@code region}. */
    Instant earliestSend(Instant at, ChannelSettings channel, String region) {
        if (channel.alwaysOn()) {
            return at;
        }
        WorkingDayCalendar days = calendar.calendar();
        RegionCode code = regionCode(region);
        ZonedDateTime local = at.atZone(calendar.zone());
        LocalDate date = local.toLocalDate();
        if (days.isWorkingDay(date, code).workingDay()) {
            if (local.toLocalTime().isBefore(hours.start())) {
                return date.atTime(hours.start()).atZone(calendar.zone()).toInstant();
            }
            if (local.toLocalTime().isBefore(hours.end())) {
                return at;
            }
        }
        LocalDate next = days.nextWorkingDay(date, code).date();
        return next.atTime(hours.start()).atZone(calendar.zone()).toInstant();
    }

    /** A route prefix or an alert's region as the calendar's region code; anything else counts as national. */
    static RegionCode regionCode(String region) {
        return CalendarRegion.of(region);
    }
}
