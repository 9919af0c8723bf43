package cn.shixian.deadline.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineMet;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.ItemChanged;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.ItemPublished;
import cn.shixian.contracts.ItemRetired;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Periodic time limits on one item (docs/design.md "Time limits"): one obligation per period, the
 * next period opened when it begins, publications meeting the period they name or the oldest open
 * one, retiring stopping the schedule. Plain Java: the scheduler's and the intake's steps as the
 * repository would feed them.
 */
class PeriodicItemFileTest {

    private static final DueDateRule RULE = new DueDateRule(WorkingDayCalendar.bundled(), ZoneId.of("Asia/Shanghai"));
    private static final TimeLimit QUARTERLY = new TimeLimit("每季度结束后15个工作日内", null);

    private final List<EventData> out = new ArrayList<>();
    private ItemFile file = new ItemFile("item-1", null, List.of(), List.of());

    @Test
    void aQuarterlyItemOpensItsFirstPeriodOnTheChangeAndEachLaterOneWhenItBegins() {
        file.apply("e1", created(QUARTERLY, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        assertThat(opened()).containsExactly("2025-Q3 2025-10-28");
        assertThat(file.changedItem().orElseThrow().nextPeriod().key()).isEqualTo("2025-Q4");

        reload();
        file.openBegunPeriods(LocalDate.parse("2025-09-30"), RULE, out::add);
        assertThat(out).as("Q4 has not begun").isEmpty();
        file.openBegunPeriods(LocalDate.parse("2025-10-01"), RULE, out::add);
        assertThat(opened()).containsExactly("2025-Q4 2026-01-22");

        reload();
        file.openBegunPeriods(LocalDate.parse("2025-10-01"), RULE, out::add);
        assertThat(out).as("opened once").isEmpty();
        file.openBegunPeriods(LocalDate.parse("2026-04-02"), RULE, out::add);
        assertThat(opened()).as("a scheduler that was down opens every period begun since")
                .containsExactly("2026-Q1 2026-04-22", "2026-Q2 2026-07-21");
        assertThat(file.changedItem().orElseThrow().nextPeriod().key()).isEqualTo("2026-Q3");
    }

    @Test
    void aChangeLongAgoOpensEveryPeriodBegunSinceAtOnce() {
        file.apply("e1", created(QUARTERLY, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        file.openPeriodsBegunSinceItsChange(LocalDate.parse("2026-04-02"), RULE, out::add);

        assertThat(opened()).containsExactly("2025-Q3 2025-10-28", "2025-Q4 2026-01-22", "2026-Q1 2026-04-22",
                "2026-Q2 2026-07-21");
        assertThat(file.changedItem().orElseThrow().nextPeriod().key()).isEqualTo("2026-Q3");

        reload();
        file.openPeriodsBegunSinceItsChange(LocalDate.parse("2026-07-02"), RULE, out::add);
        assertThat(out).as("no revision here: the scheduler's to open").isEmpty();
    }

    @Test
    void aMonthlyFixedDateOpensEachMonthOnItsFirstDay() {
        file.apply("e1", created(new TimeLimit("每月25日前", null), "2025-09-24T10:00:00+08:00"), RULE, out::add);
        reload();
        file.openBegunPeriods(LocalDate.parse("2025-11-01"), RULE, out::add);

        assertThat(opened()).containsExactly("2025-10 2025-10-25", "2025-11 2025-11-25");
        assertThat(out).extracting(e -> ((DeadlineOpened) e).timeLimitKind()).containsOnly("FIXED_DATE");
    }

    @Test
    void aPublicationMeetsThePeriodItNamesElseTheOldestOpenOne() {
        file.apply("e1", created(QUARTERLY, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        reload();
        file.openBegunPeriods(LocalDate.parse("2026-01-05"), RULE, out::add);
        out.clear();

        file.apply("p1", published("2026-01-06T09:00:00+08:00", "2025-Q4"), RULE, out::add);
        assertThat(met()).containsExactly("2025-Q4 on time");
        file.apply("p2", published("2026-01-07T09:00:00+08:00", null), RULE, out::add);
        assertThat(met()).as("the oldest open period, late").containsExactly("2025-Q3 late");
        file.apply("p3", published("2026-01-08T09:00:00+08:00", null), RULE, out::add);
        assertThat(met()).as("Q1 2026 began on 01-01").containsExactly("2026-Q1 on time");
        file.apply("p4", published("2026-01-09T09:00:00+08:00", null), RULE, out::add);
        assertThat(met()).as("Q2 2026 has not begun: nothing open to meet").isEmpty();
    }

    @Test
    void retiringCancelsEveryOpenPeriodAndStopsTheSchedule() {
        file.apply("e1", created(QUARTERLY, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        reload();
        file.openBegunPeriods(LocalDate.parse("2025-10-01"), RULE, out::add);
        out.clear();

        file.apply("r1", new ItemRetired("item-1", OffsetDateTime.parse("2025-10-02T09:00:00+08:00"), "合并"), RULE,
                out::add);

        assertThat(out).extracting(e -> ((DeadlineCancelled) e).period()).containsExactly("2025-Q3", "2025-Q4");
        assertThat(file.changedItem().orElseThrow().nextPeriod()).isNull();
        reload();
        file.openBegunPeriods(LocalDate.parse("2026-01-01"), RULE, out::add);
        assertThat(opened()).isEmpty();
    }

    @Test
    void aRevisionWithAnotherTimeLimitStopsTheOldScheduleAndKeepsItsOpenPeriods() {
        file.apply("e1", created(QUARTERLY, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        file.apply("e2", new ItemChanged("item-1", 2, "110101", "title", List.of(), "body", DisclosureMode.ACTIVE,
                new TimeLimit(null, 20), List.of(), OffsetDateTime.parse("2025-09-25T10:00:00+08:00")), RULE, out::add);

        Item item = file.changedItem().orElseThrow();
        assertThat(item.schedule()).isNull();
        assertThat(item.nextPeriod()).isNull();
        assertThat(file.obligations()).extracting(Obligation::period).containsExactly("2025-Q3", null);
    }

    /** The file as the scheduler's next load gives it: the item, its open obligations and the latest period's. */
    private void reload() {
        Item item = file.changedItem().orElseThrow();
        List<Obligation> obligations = file.obligations();
        file = new ItemFile("item-1", item, obligations, List.of());
        out.clear();
    }

    private List<String> opened() {
        return out.stream().filter(DeadlineOpened.class::isInstance).map(e -> (DeadlineOpened) e)
                .map(o -> o.period() + " " + o.dueOn()).toList();
    }

    private List<String> met() {
        List<String> met = out.stream().filter(DeadlineMet.class::isInstance).map(e -> (DeadlineMet) e)
                .map(m -> m.period() + (m.late() ? " late" : " on time")).toList();
        out.clear();
        return met;
    }

    private static ItemCreated created(TimeLimit limit, String changedAt) {
        return new ItemCreated("item-1", 1, "110101", "title", List.of(), "body", DisclosureMode.ACTIVE, limit,
                List.of(), OffsetDateTime.parse(changedAt));
    }

    private static ItemPublished published(String at, String period) {
        return new ItemPublished("item-1", 1, OffsetDateTime.parse(at), "政府网站", null, period);
    }
}
