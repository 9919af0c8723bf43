package cn.shixian.deadline.eventlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which months of the event log are made ahead and which are detached, and how their tables are named. */
class EventLogMonthsTest {

    private final EventLogMonths months = new EventLogMonths(36);

    @Test
    void makesTheCurrentMonthAndTheThreeAheadThatAreMissingInUtc() {
        // 08:00 on 1 June in Beijing is still 31 May in UTC: the log's months are UTC months
        Instant now = Instant.parse("2027-05-31T23:30:00Z");

        assertThat(months.toCreate(now, List.of(month(2027, 5), month(2027, 7))))
                .containsExactly(month(2027, 6), month(2027, 8));
        assertThat(months.toCreate(now, List.of(month(2027, 5), month(2027, 6), month(2027, 7), month(2027, 8))))
                .isEmpty();
        assertThat(months.toCreate(Instant.parse("2027-11-02T00:00:00Z"), List.of()))
                .extracting(MonthPartition::table)
                .containsExactly("item_event_2027_11", "item_event_2027_12", "item_event_2028_01", "item_event_2028_02");
    }

    @Test
    void detachesAMonthOnceItEndedMoreThanMonthsOnlineAgo() {
        List<MonthPartition> online = List.of(month(2024, 1), month(2023, 12), month(2024, 2));

        // December 2023 ended at 2024-01-01T00:00Z; 36 months after that is 2027-01-01T00:00Z
        assertThat(months.toDetach(Instant.parse("2027-01-01T00:00:00Z"), online)).isEmpty();
        assertThat(months.toDetach(Instant.parse("2027-01-01T00:00:01Z"), online)).containsExactly(month(2023, 12));
        assertThat(months.toDetach(Instant.parse("2027-03-15T00:00:00Z"), online))
                .containsExactly(month(2023, 12), month(2024, 1), month(2024, 2));
        assertThat(new EventLogMonths(1).toDetach(Instant.parse("2024-03-01T00:00:01Z"), online))
                .containsExactly(month(2023, 12), month(2024, 1));
    }

    @Test
    void namesOnlineAndArchivedMonthsAndReadsOnlyThoseNamesBack() {
        MonthPartition march = month(2025, 3);

        assertThat(march.table()).isEqualTo("item_event_2025_03");
        assertThat(march.archiveTable()).isEqualTo("item_event_archive_2025_03");
        assertThat(march.from()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(march.to()).isEqualTo(Instant.parse("2025-04-01T00:00:00Z"));
        assertThat(MonthPartition.ofTable("item_event_2025_03")).contains(march);
        assertThat(MonthPartition.ofArchive("item_event_archive_2025_03")).contains(march);
        assertThat(MonthPartition.ofTable("item_event_archive_2025_03")).as("an archive attached back").isEmpty();
        assertThat(MonthPartition.ofTable("item_event_default")).isEmpty();
        assertThat(MonthPartition.ofTable("item_event_2025_13")).isEmpty();
        assertThat(MonthPartition.ofArchive("item_event_2025_03")).isEmpty();
    }

    @Test
    void refusesAWindowOfNoMonthAndYearsOfOtherThanFourDigits() {
        assertThatThrownBy(() -> new EventLogMonths(0)).hasMessageContaining("months-online must be at least 1");
        assertThatThrownBy(() -> month(999, 12)).hasMessageContaining("four-digit year");
        assertThatThrownBy(() -> month(10000, 1)).hasMessageContaining("four-digit year");
    }

    private static MonthPartition month(int year, int month) {
        return new MonthPartition(YearMonth.of(year, month));
    }
}
