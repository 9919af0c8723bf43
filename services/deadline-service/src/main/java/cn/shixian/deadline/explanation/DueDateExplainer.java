package cn.shixian.deadline.explanation;

import cn.shixian.workcalendar.CalendarDay;
import cn.shixian.workcalendar.DayKind;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import cn.shixian.workcalendar.timelimit.DueCount.CountUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a due date on a calendar (期限计算说明), docs/design.md rule 2: the start day is not counted
 * (期间开始之日不计入), then each working day is counted up to the time limit's N; for N = 0 (即时)
 * the start day itself if it is a working day, else the next one, is the one day counted (ordinal 0).
 * Calendar days count every day after the start, the N-th moved to the next working day if it is
 * none; a fixed date counts nothing but itself.
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
        boolean fixed = obligation.countUnit() == CountUnit.FIXED;
        LocalDate from = fixed ? obligation.changedOn() : obligation.countedFrom();
        for (LocalDate date = from; !date.isAfter(obligation.dueOn()); date = date.plusDays(1)) {
            CalendarDay day = calendar.describe(date, region);
            boolean start = date.equals(from);
            boolean counts = counts(obligation, day, start, counted);
            Integer ordinal = null;
            if (counts) {
                counted++;
                ordinal = obligation.workingDays() == 0 || fixed ? 0 : counted;
            }
            // the days that decide the count: (start, due], or [start, due] for 即时; only the named day for a fixed date
            provisional |= !fixed && day.provisional() && (!start || obligation.workingDays() == 0);
            days.add(new DueDateExplanation.Day(date, date.getDayOfWeek(),
                    start ? ExplainedKind.START_DAY : ExplainedKind.of(day.kind()), counts, ordinal, day.names(),
                    day.provisional()));
        }
        return new DueDateExplanation(obligation.itemId(), obligation.version(), obligation.region(),
                obligation.changedOn(), obligation.workingDays(), obligation.dueOn(), obligation.calendarVersion(),
                current, !current.equals(obligation.calendarVersion()), provisional, days, spans(days),
                obligation.countUnit().name(), obligation.countedFrom());
    }

    /**
     * Whether the day is one the time limit counts: a working day after the start (the start day itself
     * for N = 0); every calendar day after the start up to N (民法典 art. 201; a last day off then moves to
     * the due date, art. 203, which counts as the N-th); for a fixed date only the date itself.
     */
    private static boolean counts(ObligationCount obligation, CalendarDay day, boolean start, int counted) {
        return switch (obligation.countUnit()) {
            case WORKING -> day.workingDay() && counted < Math.max(obligation.workingDays(), 1)
                    && (!start || obligation.workingDays() == 0);
            case CALENDAR -> !start && counted < obligation.workingDays()
                    && (counted < obligation.workingDays() - 1 || day.workingDay());
            case FIXED -> day.date().equals(obligation.dueOn());
        };
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
