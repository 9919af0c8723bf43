package cn.shixian.alerting.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The running sum of the trend: spans of days in, counts per day out. */
class TrendSeriesTest {

    @Test
    void aSpanCountsFromItsFirstDayUntilTheDayBeforeItEnds() {
        TrendSeries.Counts counts = TrendSeries.sum(5, List.of(new TrendSeries.Span(1, 5, 3, 2)));
        assertThat(counts.overdue()).containsExactly(0, 2, 2, 0, 0);
        assertThat(counts.escalated()).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void spansBeforeOrBeyondTheWindowAreCutToIt() {
        TrendSeries.Counts counts = TrendSeries.sum(4, List.of(
                // overdue before the window (width_bucket 0), still open (until = length)
                new TrendSeries.Span(0, 2, 4, 1),
                // escalated before the window, closed on day 3
                new TrendSeries.Span(0, 0, 3, 10),
                // becomes overdue on the last day; until beyond it
                new TrendSeries.Span(3, 9, 4, 100)));
        assertThat(counts.overdue()).containsExactly(11, 11, 11, 101);
        assertThat(counts.escalated()).containsExactly(10, 10, 11, 1);
    }

    @Test
    void aSpanThatEndsBeforeItStartsCountsNothing() {
        // published before it was due, cancelled before it escalated
        TrendSeries.Counts counts = TrendSeries.sum(3, List.of(new TrendSeries.Span(2, 3, 1, 7),
                new TrendSeries.Span(0, 2, 2, 1), new TrendSeries.Span(1, 1, 1, 5)));
        assertThat(counts.overdue()).containsExactly(1, 1, 0);
        assertThat(counts.escalated()).containsExactly(0, 0, 0);
    }

    @Test
    void escalatedIsNeverCountedBeforeOverdue() {
        TrendSeries.Counts counts = TrendSeries.sum(3, List.of(new TrendSeries.Span(2, 0, 3, 1)));
        assertThat(counts.overdue()).containsExactly(0, 0, 1);
        assertThat(counts.escalated()).containsExactly(0, 0, 1);
    }

    @Test
    void noSpansNoCounts() {
        assertThat(TrendSeries.sum(2, List.of()).overdue()).containsExactly(0, 0);
    }
}
