package cn.shixian.standalone.pipeline;

import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.NoticeDay;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The State Council notice (国务院放假通知) the million phase loads to make the deadline-service
 * count (nearly) every open obligation again: the notice of the year of one working day that lies
 * inside every open window, with that day made a day off. A year already noticed in the calendar is
 * corrected ({@code ?correction=true}: its days plus this one); a year still provisional gets its
 * first notice, its days as the calendar already counts them plus this one. Either way the calendar
 * after the load differs from the one before by that day alone, so each obligation due on or after
 * it moves to the next working day after its due date. Plain Java: no I/O.
 *
 * @param holiday    the working day made a day off
 * @param correction whether the year has a notice already (the load is a correction)
 * @param json       the notice, holiday-cn's per-year format
 * @param after      the calendar with the notice, to say where each due date goes
 */
record RecountNotice(LocalDate holiday, boolean correction, String json, WorkingDayCalendar after) {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NAME = "压测休息日 (pipeline harness)";

    /**
     * The notice for obligations opened on or before {@code today} and due on or after {@code earliestDue}:
     * the day halfway between, or the first after it, that is a working day in every region.
     */
    static RecountNotice choose(WorkingDayCalendar before, LocalDate today, LocalDate earliestDue, List<RegionCode> regions) {
        LocalDate holiday = today.plusDays(Math.max(1, (earliestDue.toEpochDay() - today.toEpochDay()) / 2));
        while (!holiday.isAfter(earliestDue) && !workingEverywhere(before, holiday, regions)) {
            holiday = holiday.plusDays(1);
        }
        if (holiday.isAfter(earliestDue)) {
            throw new IllegalStateException("no working day in (" + today + ", " + earliestDue + "] to make a holiday");
        }
        int year = holiday.getYear();
        var loaded = before.notice(RegionCode.NATIONAL, year);
        List<NoticeDay> days = new ArrayList<>(loaded.map(HolidayNotice::days).orElseGet(() -> asCounted(before, year)));
        days.add(new NoticeDay(holiday, NAME, true, false));
        HolidayNotice notice = new HolidayNotice(RegionCode.NATIONAL, year,
                loaded.map(HolidayNotice::source).orElse("https://www.gov.cn/ (pipeline harness)"),
                loaded.map(HolidayNotice::confidence).orElse("official"), days);
        WorkingDayCalendar after = loaded.isPresent() ? before.withCorrectedNotice(notice) : before.withNotice(notice);
        return new RecountNotice(holiday, loaded.isPresent(), json(notice), after);
    }

    private static boolean workingEverywhere(WorkingDayCalendar calendar, LocalDate day, List<RegionCode> regions) {
        return regions.stream().allMatch(region -> calendar.isWorkingDay(day, region).workingDay());
    }

    /** The year's national days off on weekdays and working weekend days, as the calendar counts them now. */
    private static List<NoticeDay> asCounted(WorkingDayCalendar calendar, int year) {
        List<NoticeDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            var day = calendar.describe(d, RegionCode.NATIONAL);
            if (weekend == day.workingDay()) {
                days.add(new NoticeDay(d, String.join("/", day.names()), !day.workingDay(), false));
            }
        }
        return days;
    }

    private static String json(HolidayNotice notice) {
        ObjectNode root = JSON.createObjectNode();
        root.put("year", notice.year());
        root.put("confidence", notice.confidence());
        root.putArray("papers").add(notice.source());
        ArrayNode days = root.putArray("days");
        notice.days().forEach(day -> days.addObject().put("name", day.name()).put("date", day.date().toString())
                .put("isOffDay", day.offDay()));
        return JSON.writeValueAsString(root);
    }

    /**
     * Where the read model's open obligations must be once the recount has reached it: by region and
     * due date, each count due on or after the holiday moved to the next working day after its date.
     */
    Map<DueGroup, Long> expected(Map<DueGroup, Long> open) {
        Map<DueGroup, Long> moved = new HashMap<>();
        open.forEach((group, count) -> moved.merge(movesTo(group), count, Long::sum));
        return moved;
    }

    /** How many of these obligations the notice moves. */
    long moved(Map<DueGroup, Long> open) {
        return open.entrySet().stream().filter(e -> !e.getKey().dueOn().isBefore(holiday))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private DueGroup movesTo(DueGroup group) {
        return group.dueOn().isBefore(holiday) ? group
                : new DueGroup(group.region(), after.nextWorkingDay(group.dueOn(), RegionCode.of(group.region())).date());
    }

    /** Open obligations of one region due on one day. */
    record DueGroup(String region, LocalDate dueOn) { }
}
