package cn.shixian.workcalendar.notice;

import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.NoticeDay;
import cn.shixian.workcalendar.RegionCode;
import java.util.Comparator;
import java.util.List;

/**
 * A notice as its text reads (通知原文): the region it is for, its year, and the days it names in
 * date order.
 */
public record ReadNotice(RegionCode region, int year, List<ReadDay> days) {

    public ReadNotice {
        days = days.stream().sorted(Comparator.comparing(ReadDay::date)).toList();
    }

    /**
     * The notice the calendar loads: a 正常休息 day is a day off in the region, as the workcalendar
     * keeps it.
     *
     * @param source     where the text was published (its address), may be empty
     * @param confidence e.g. {@code official}; empty for the default
     */
    public HolidayNotice toNotice(String source, String confidence) {
        return new HolidayNotice(region, year, source, confidence,
                days.stream().map(d -> new NoticeDay(d.date(), d.name(), d.change().offDay())).toList());
    }
}
