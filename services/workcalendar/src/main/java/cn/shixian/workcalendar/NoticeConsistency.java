package cn.shixian.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Rejects a notice that contradicts the notices of other years of the same region: a day one
 * notice gives off and another makes a working day. (A notice for the same year replaces the old.)
 */
final class NoticeConsistency {

    private NoticeConsistency() {
    }

    static void check(HolidayNotice incoming, Collection<HolidayNotice> loaded) {
        List<String> conflicts = new ArrayList<>();
        for (HolidayNotice other : loaded) {
            if (other.year() == incoming.year()) {
                continue;
            }
            for (NoticeDay day : incoming.days()) {
                for (NoticeDay existing : other.days()) {
                    if (existing.date().equals(day.date()) && existing.offDay() != day.offDay()) {
                        conflicts.add(describe(day.date(), incoming, other));
                    }
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new CalendarException.InvalidNotice("notice contradicts loaded notices: " + String.join("; ", conflicts));
        }
    }

    private static String describe(LocalDate date, HolidayNotice incoming, HolidayNotice other) {
        return date + " (notice " + incoming.year() + " vs notice " + other.year() + ")";
    }
}
