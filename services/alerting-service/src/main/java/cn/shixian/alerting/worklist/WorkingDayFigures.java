package cn.shixian.alerting.worklist;

import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.alerting.lifecycle.TransitionTimes;
import cn.shixian.alerting.obligation.CalendarRegion;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * How an obligation stands today in working days (工作日), on the calendar of its region, as its
 * alerts count them: {@code left} for OPEN and DUE_SOON (those in [today, dueOn], as the due-soon
 * alert; 0 once past), {@code overdue} for OVERDUE and ESCALATED (those in (dueOn, today], as the
 * overdue alert); null otherwise (a paused clock owes nothing until it runs again).
 */
record WorkingDayFigures(Integer left, Integer overdue) {

    private static final WorkingDayFigures NONE = new WorkingDayFigures(null, null);

    static WorkingDayFigures of(ObligationState state, LocalDate dueOn, String region, LocalDate today,
                                WorkingDayCalendar calendar) {
        RegionCode code = CalendarRegion.of(region);
        return switch (state) {
            case OPEN, DUE_SOON -> new WorkingDayFigures(
                    Math.max(0, TransitionTimes.workingDaysLeft(today, dueOn, code, calendar)), null);
            case OVERDUE, ESCALATED -> new WorkingDayFigures(null,
                    TransitionTimes.workingDaysOverdue(today, dueOn, code, calendar));
            case PAUSED, MET, MET_LATE, CANCELLED -> NONE;
        };
    }
}
