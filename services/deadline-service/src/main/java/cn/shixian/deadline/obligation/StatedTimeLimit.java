package cn.shixian.deadline.obligation;

import cn.shixian.contracts.TimeLimit;
import cn.shixian.workcalendar.timelimit.Schedule;
import cn.shixian.workcalendar.timelimit.SchedulePeriod;
import cn.shixian.workcalendar.timelimit.TimeLimitKind;
import cn.shixian.workcalendar.timelimit.TimeLimitReading;

/**
 * A time limit whose reading the producer states ({@code timeLimit.kind} with its fields), as the
 * reading the parser would have given: the contract's schema holds each kind to the fields it needs
 * and bounds the schedule's month, so every valid event maps. Plain Java.
 */
final class StatedTimeLimit {

    private StatedTimeLimit() {
    }

    static TimeLimitReading reading(TimeLimit limit) {
        String text = limit.text();
        return switch (TimeLimitKind.valueOf(limit.kind())) {
            case WORKING_DAYS -> TimeLimitReading.workingDays(text, limit.workingDays(), 0);
            case CALENDAR_DAYS -> TimeLimitReading.calendarDays(text, limit.calendarDays(), 0);
            case IMMEDIATE -> TimeLimitReading.immediate(text);
            case FIXED_DATE, PERIODIC -> TimeLimitReading.scheduled(text, schedule(limit.schedule()));
            case CONTINUOUS -> TimeLimitReading.continuous(text);
        };
    }

    private static Schedule schedule(TimeLimit.Schedule stated) {
        SchedulePeriod every = SchedulePeriod.valueOf(stated.every());
        if (stated.on() != null) {
            Integer day = stated.on().day();
            return new Schedule(every, new Schedule.OnDay(stated.on().month(), day == null ? 0 : day));
        }
        return new Schedule(every, new Schedule.AfterEnd(stated.afterEnd().days(), stated.afterEnd().unit().equals("WORKING")));
    }
}
