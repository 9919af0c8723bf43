package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A yearly holiday notice (放假安排通知): the State Council's for the whole country
 * (国务院办公厅关于X年部分节假日安排的通知, region {@code 00}) or a regional government's for its
 * area (e.g. 新疆 肉孜节/古尔邦节, region {@code 65}). It may name days of the neighbouring years.
 *
 * @param source     where the notice was published (its address)
 * @param confidence how sure we are of the transcription, e.g. {@code official}
 */
public record HolidayNotice(RegionCode region, int year, String source, String confidence, List<NoticeDay> days) {

    public HolidayNotice {
        days = List.copyOf(days);
        rejectContradictions(days);
        for (NoticeDay day : days) {
            if (Math.abs(day.date().getYear() - year) > 1) {
                throw new CalendarException.InvalidNotice("notice " + region + "/" + year + " names " + day.date()
                        + ", which is not in " + year + " or a neighbouring year");
            }
        }
    }

    private static void rejectContradictions(List<NoticeDay> days) {
        Map<LocalDate, Boolean> seen = new HashMap<>();
        for (NoticeDay day : days) {
            Boolean before = seen.putIfAbsent(day.date(), day.offDay());
            if (before != null && before != day.offDay()) {
                throw new CalendarException.InvalidNotice(day.date() + " is listed both as a day off and as a working day");
            }
        }
    }

    public boolean isNational() {
        return region.equals(RegionCode.NATIONAL);
    }
}
