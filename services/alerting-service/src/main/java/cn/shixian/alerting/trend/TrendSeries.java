package cn.shixian.alerting.trend;

import java.util.ArrayList;
import java.util.List;

/**
 * The running sum behind the trend: each group of obligations is overdue from one day of the window
 * until another, and escalated from a third until the same end; +n where a span starts, −n where it
 * ends, summed once over the days. Days are indexes into the {@link TrendWindow}: for a
 * {@code PostgreSQL width_bucket(instant, bounds)}, the first day whose bound lies after the instant.
 */
final class TrendSeries {

    /**
     * Obligations that share their days.
     *
     * @param overdueFrom   the first day they count as overdue (0 when before the window)
     * @param escalatedFrom the first day they count as escalated (the window's length or more: not in it)
     * @param until         the first day they no longer count, met or cancelled (the window's length or more: still open)
     * @param count         how many
     */
    record Span(int overdueFrom, int escalatedFrom, int until, long count) {
    }

    /** Overdue and escalated counts per day of the window. */
    record Counts(long[] overdue, long[] escalated) {
    }

    private TrendSeries() {
    }

    static Counts sum(int days, List<Span> spans) {
        long[] overdueDelta = new long[days + 1];
        long[] escalatedDelta = new long[days + 1];
        for (Span span : spans) {
            add(overdueDelta, span.overdueFrom(), span.until(), span.count(), days);
            add(escalatedDelta, Math.max(span.escalatedFrom(), span.overdueFrom()), span.until(), span.count(), days);
        }
        return new Counts(running(overdueDelta, days), running(escalatedDelta, days));
    }

    private static void add(long[] delta, int from, int until, long count, int days) {
        int start = Math.max(0, from);
        int end = Math.min(until, days);
        if (start < end) {
            delta[start] += count;
            delta[end] -= count;
        }
    }

    private static long[] running(long[] delta, int days) {
        long[] counts = new long[days];
        long running = 0;
        for (int day = 0; day < days; day++) {
            running += delta[day];
            counts[day] = running;
        }
        return counts;
    }

    /** The points of the window, one per day, oldest first. */
    static List<OverdueTrend.Point> points(TrendWindow window, Counts counts) {
        List<OverdueTrend.Point> points = new ArrayList<>(window.days());
        for (int day = 0; day < window.days(); day++) {
            points.add(new OverdueTrend.Point(window.first().plusDays(day), counts.overdue()[day],
                    counts.escalated()[day]));
        }
        return points;
    }
}
