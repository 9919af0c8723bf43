package cn.shixian.alerting.trend;

import java.time.LocalDate;
import java.util.List;

/**
 * How many obligations were overdue (逾期) and how many of them escalated (升级) at the end of each
 * day (now, for today), oldest day first.
 *
 * @param region the region prefix asked for, null for all (of the caller's regions)
 * @param zone   the calendar zone the days are in
 */
record OverdueTrend(String region, String zone, List<Point> points) {

    /** @param overdue OVERDUE or ESCALATED (escalated ones counted here too); escalated those of ESCALATED */
    record Point(LocalDate date, long overdue, long escalated) {
    }
}
