package cn.shixian.deadline.explanation;

import cn.shixian.workcalendar.CalendarDay;
import cn.shixian.workcalendar.DayKind;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a due date on a calendar (期限计算说明), docs/design.md rule 2: the start day is not counted
 * (期间开始之日不计入), then each working day is counted up to the time limit's N; for N = 0 (即时)
 * the start day itself if it is a working day, else the next one, is the one day counted (ordinal 0).
 * Plain Java: one {@link WorkingDayCalendar#describe} per day.
 */
final class DueDateExplainer {

    private DueDateExplainer() {
    }

    /** The obligation's counting as {@code calendar} (the live one) describes the days from its start to its due date. */
    static DueDateExplanation explain(ObligationCount obligation, WorkingDayCalendar calendar) {
        RegionCode region = RegionCode.of(obligation.region());
        String current = calendar.version(region).value();
        List<DueDateExplanation.Day> days = new ArrayList<>();
        int counted = 0;
        boolean provisional = false;
        for (LocalDate date = obligation.changedOn(); !date.isAfter(obligation.dueOn()); date = date.plusDays(1)) {
            CalendarDay day = calendar.describe(date, region);
            boolean start = date.equals(obligation.changedOn());
            boolean counts = day.workingDay() && counted < Math.max(obligation.workingDays(), 1)
                    && (!start || obligation.workingDays() == 0);
            Integer ordinal = null;
            if (counts) {
                counted++;
                ordinal = obligation.workingDays() == 0 ? 0 : counted;
            }
            // the days that decide the count: (start, due], or [start, due] for 即时
            provisional |= day.provisional() && (!start || obligation.workingDays() == 0);
            days.add(new DueDateExplanation.Day(date, date.getDayOfWeek(),
                    start ? ExplainedKind.START_DAY : ExplainedKind.of(day.kind()), counts, ordinal, day.names(),
                    day.provisional()));
        }
        return new DueDateExplanation(obligation.itemId(), obligation.version(), obligation.region(),
                obligation.changedOn(), obligation.workingDays(), obligation.dueOn(), obligation.calendarVersion(),
                current, !current.equals(obligation.calendarVersion()), provisional, days, spans(days));
    }

    /** Days off of one kind and names grouped, each make-up working day alone; the start day is left out. */
    static List<DueDateExplanation.Span> spans(List<DueDateExplanation.Day> days) {
        List<DueDateExplanation.Span> spans = new ArrayList<>();
        DueDateExplanation.Span open = null;
        for (DueDateExplanation.Day day : days) {
            DayKind kind = spanKind(day.kind());
            boolean continues = open != null && kind == open.kind() && kind != DayKind.MAKE_UP_WORKING_DAY
                    && day.names().equals(open.names()) && day.date().equals(open.to().plusDays(1));
            if (continues) {
                open = new DueDateExplanation.Span(open.from(), day.date(), kind, open.names(), open.days() + 1);
                continue;
            }
            if (open != null) {
                spans.add(open);
            }
            open = kind == null ? null : new DueDateExplanation.Span(day.date(), day.date(), kind, day.names(), 1);
        }
        if (open != null) {
            spans.add(open);
        }
        return spans;
    }

    /** The kind a span of this day would have; null for a day no span shows (the start day, a working day). */
    private static DayKind spanKind(ExplainedKind kind) {
        return switch (kind) {
            case WEEKEND -> DayKind.WEEKEND;
            case HOLIDAY -> DayKind.HOLIDAY;
            case REGIONAL_HOLIDAY -> DayKind.REGIONAL_HOLIDAY;
            case MAKE_UP_WORKING_DAY -> DayKind.MAKE_UP_WORKING_DAY;
            case START_DAY, WORKING_DAY -> null;
        };
    }
}
