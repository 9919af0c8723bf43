package cn.shixian.deadline.eventlog;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which months of the event log should be online (在线月份) on a given day: the current month and
 * the {@value #MONTHS_AHEAD} after it made ahead, so an event's month exists before it arrives; a
 * month that ended more than {@code monthsOnline} months ago detached, to be archived.
 *
 * @param monthsOnline how many months after its end a month stays in the log
 */
record EventLogMonths(int monthsOnline) {

    /** Months made ahead of the current one. */
    static final int MONTHS_AHEAD = 3;

    EventLogMonths {
        if (monthsOnline < 1) {
            throw new IllegalArgumentException("shixian.event-log.months-online must be at least 1, was " + monthsOnline);
        }
    }

    /** The months from the current one to {@value #MONTHS_AHEAD} ahead that are not online yet, in order. */
    List<MonthPartition> toCreate(Instant now, Collection<MonthPartition> online) {
        YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        return IntStream.rangeClosed(0, MONTHS_AHEAD).mapToObj(ahead -> new MonthPartition(current.plusMonths(ahead)))
                .filter(month -> !online.contains(month)).toList();
    }

    /** The online months that ended more than {@code monthsOnline} months before {@code now}, in order. */
    List<MonthPartition> toDetach(Instant now, Collection<MonthPartition> online) {
        return online.stream().filter(month -> month.to().atOffset(ZoneOffset.UTC).plusMonths(monthsOnline)
                .toInstant().isBefore(now)).sorted((a, b) -> a.month().compareTo(b.month())).toList();
    }
}
