package cn.shixian.alerting.trend;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days of a trend (趋势), {@code first} to {@code today} in the calendar zone, and the instant
 * each is counted at, as exclusive bounds: {@code bounds[i]} is the start of the day after day i,
 * and for today, now (plus a microsecond, PostgreSQL's precision). An obligation is overdue at the
 * end of day i when {@code due_at < bounds[i] <= open_until}, i.e. due_at is at or before the last
 * instant of the day (now, for today) and it was not met or cancelled by then.
 */
record TrendWindow(LocalDate first, LocalDate today, List<Instant> bounds) {

    TrendWindow {
        bounds = List.copyOf(bounds);
    }

    static TrendWindow of(Instant now, ZoneId zone, int days) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(days - 1L);
        List<Instant> bounds = new ArrayList<>(days);
        for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
            bounds.add(day.plusDays(1).atStartOfDay(zone).toInstant());
        }
        bounds.add(now.truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS));
        return new TrendWindow(first, today, bounds);
    }

    int days() {
        return bounds.size();
    }

    /** The bounds as a PostgreSQL array literal, for {@code cast(:bounds as timestamptz[])}. */
    String boundsLiteral() {
        return "{" + String.join(",", bounds.stream().map(Instant::toString).toList()) + "}";
    }
}
