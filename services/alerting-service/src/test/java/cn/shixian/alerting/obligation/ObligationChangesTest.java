package cn.shixian.alerting.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.alert.RaisedAlert;
import cn.shixian.alerting.lifecycle.ClockThresholds;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineMet;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.RequestDeadlineOpened;
import cn.shixian.contracts.RequestDeadlinePaused;
import cn.shixian.contracts.RequestDeadlineRecomputed;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A batch's changes worked out in memory: each event in order, each row written once as it ends up. */
class ObligationChangesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final ClockThresholds THRESHOLDS = new ClockThresholds(3, 5);
    private static final Instant NOW = Instant.parse("2025-10-30T02:00:00Z"); // 10:00 on Thursday 10-30
    private static final Instant EARLIER = Instant.parse("2025-10-01T00:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2025, 10, 28);

    @Test
    void anObligationOpenedAndPublishedLateInOneBatchIsInsertedOnceClosedWithItsAlert() {
        ObligationChanges changes = changes(Map.of())
                .apply(opened("a", 1))
                .apply(opened("a", 1))
                .apply(new DeadlineMet("a", 1, OffsetDateTime.parse("2025-10-30T09:00:00+08:00"), DUE, true, 2));

        assertThat(changes.inserted()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(ObligationState.MET_LATE);
            assertThat(row.workingDaysLate()).isEqualTo(2);
            assertThat(row.publishedAt()).isEqualTo(Instant.parse("2025-10-30T01:00:00Z"));
            assertThat(row.category()).containsExactly("社会保险", "养老保险");
        });
        assertThat(changes.updated()).isEmpty();
        assertThat(changes.raised()).containsExactly(new RaisedAlert(ObligationKind.ITEM, AlertState.PUBLISHED_LATE,
                "a", 1, null, "650500", "哈密市人力资源和社会保障局", "养老保险待遇", DUE, null, 2));
        assertThat(changes.publications()).containsExactly(new ObligationChanges.Publication(ObligationKind.ITEM, false));
    }

    @Test
    void aLaterDueDateMovesAStoredOverdueObligationBackWithoutAnAlert() {
        ObligationRow overdue = stored("b", ObligationState.OVERDUE);
        ObligationChanges changes = changes(Map.of(overdue.key(), overdue))
                .apply(recomputed("b", LocalDate.of(2025, 11, 20)));

        assertThat(changes.inserted()).isEmpty();
        assertThat(changes.updated()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(ObligationState.OPEN);
            assertThat(row.stateSince()).isEqualTo(NOW);
            assertThat(row.dueOn()).isEqualTo(LocalDate.of(2025, 11, 20));
            assertThat(row.times().dueAt()).isEqualTo(Instant.parse("2025-11-20T16:00:00Z"));
            assertThat(row.calendarVersion()).isEqualTo("cal-2");
            assertThat(row.limitKind()).as("as opened: the recount named no new kind").isEqualTo("WORKING_DAYS");
        });
        assertThat(changes.raised()).isEmpty();
    }

    @Test
    void anOfficersReadingCountsItByAnotherKindAndTheRowSaysSo() {
        ObligationRow open = stored("r", ObligationState.OPEN);
        DeadlineRecomputed byCalendarDays = recomputed("r", LocalDate.of(2025, 10, 24));
        ObligationChanges changes = changes(Map.of(open.key(), open)).apply(new DeadlineRecomputed(
                byCalendarDays.itemId(), 1, byCalendarDays.region(), byCalendarDays.responsibleBody(),
                byCalendarDays.title(), byCalendarDays.changedOn(), byCalendarDays.dueOn(), byCalendarDays.dueAt(), 30,
                "cal-2", false, false, DUE, null, "CALENDAR_DAYS"));

        assertThat(changes.updated()).singleElement().satisfies(row -> {
            assertThat(row.dueOn()).isEqualTo(LocalDate.of(2025, 10, 24));
            assertThat(row.limitKind()).isEqualTo("CALENDAR_DAYS");
        });
    }

    @Test
    void aDueDateTheClockHasPassedKeepsTheStateAndItsSinceButIsWritten() {
        ObligationRow overdue = stored("c", ObligationState.OVERDUE);
        ObligationChanges changes = changes(Map.of(overdue.key(), overdue)).apply(recomputed("c", DUE.minusDays(1)));

        assertThat(changes.updated()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(ObligationState.OVERDUE);
            assertThat(row.stateSince()).isEqualTo(EARLIER);
            assertThat(row.dueOn()).isEqualTo(DUE.minusDays(1));
        });
    }

    @Test
    void closedObligationsAndUnknownOnesStayAsTheyAre() {
        ObligationRow met = stored("d", ObligationState.MET);
        ObligationChanges changes = changes(Map.of(met.key(), met))
                .apply(new DeadlineMet("d", 1, OffsetDateTime.parse("2025-10-30T09:00:00+08:00"), DUE, true, 2))
                .apply(new DeadlineCancelled("d", 1, "retired"))
                .apply(new DeadlineCancelled("unknown", 1, "retired"))
                .apply(recomputed("unknown", DUE));

        assertThat(changes.updated()).isEmpty();
        assertThat(changes.inserted()).isEmpty();
        assertThat(changes.raised()).isEmpty();
        assertThat(changes.publications()).isEmpty();
    }

    @Test
    void aRequestsClockPausesAndItsNextDueDateRestartsIt() {
        ObligationKey key = new ObligationKey("ysq-1", ObligationKind.REQUEST_VERSION, "");
        ObligationChanges changes = changes(Map.of())
                .apply(new RequestDeadlineOpened("ysq-1", "650500", "哈密市人力资源和社会保障局", "申请公开某项目资金使用情况",
                        null, null, LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 30),
                        OffsetDateTime.parse("2025-10-31T00:00:00+08:00"), 20, "cal-1", false))
                .apply(paused("ysq-1"));
        assertThat(changes.inserted()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo(key);
            assertThat(row.kind()).isEqualTo(ObligationKind.REQUEST);
            assertThat(row.state()).isEqualTo(ObligationState.PAUSED);
            assertThat(row.title()).isEqualTo("申请公开某项目资金使用情况");
            assertThat(row.changedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
        });

        ObligationRow paused = changes.inserted().getFirst();
        ObligationChanges restarted = changes(Map.of(key, paused))
                .apply(paused("ysq-1"))
                .apply(new RequestDeadlineRecomputed("ysq-1", "650500", "哈密市人力资源和社会保障局",
                        RequestDeadlineRecomputed.Cause.CORRECTED, LocalDate.of(2025, 10, 15), LocalDate.of(2025, 11, 12),
                        OffsetDateTime.parse("2025-11-13T00:00:00+08:00"), 20, LocalDate.of(2025, 10, 30), "cal-1", false));
        assertThat(restarted.updated()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(ObligationState.OPEN);
            assertThat(row.dueOn()).isEqualTo(LocalDate.of(2025, 11, 12));
        });
    }

    @Test
    void theKeysAreThoseOfTheObligationEventsOnly() {
        List<EventData> events = List.of(opened("a", 1), paused("ysq-1"), new DeadlineCancelled("a", 1, "x"),
                new cn.shixian.contracts.ItemRetired("a", OffsetDateTime.parse("2025-10-30T09:00:00+08:00"), "x"));
        assertThat(ObligationChanges.keysOf(events)).containsExactly(new ObligationKey("a", 1, ""),
                new ObligationKey("ysq-1", 0, ""));
    }

    private static ObligationChanges changes(Map<ObligationKey, ObligationRow> stored) {
        return new ObligationChanges(new LinkedHashMap<>(stored),
                (dueOn, region) -> THRESHOLDS.times(dueOn, RegionCode.of(region), CALENDAR, SHANGHAI), NOW);
    }

    private static DeadlineOpened opened(String itemId, int version) {
        return new DeadlineOpened(itemId, version, "650500", "哈密市人力资源和社会保障局", "养老保险待遇",
                List.of("社会保险", "养老保险"), LocalDate.of(2025, 9, 24), DUE,
                OffsetDateTime.parse("2025-10-29T00:00:00+08:00"), 20, "cal-1", false, false, "WORKING_DAYS", null);
    }

    private static DeadlineRecomputed recomputed(String itemId, LocalDate dueOn) {
        return new DeadlineRecomputed(itemId, 1, "650500", "哈密市人力资源和社会保障局", "养老保险待遇",
                LocalDate.of(2025, 9, 24), dueOn, dueOn.plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime(), 20,
                "cal-2", false, false, DUE);
    }

    private static RequestDeadlinePaused paused(String requestId) {
        return new RequestDeadlinePaused(requestId, RequestDeadlinePaused.Cause.CORRECTION_REQUESTED,
                OffsetDateTime.parse("2025-09-30T15:00:00+08:00"), LocalDate.of(2025, 10, 30), LocalDate.of(2025, 10, 28));
    }

    private static ObligationRow stored(String itemId, ObligationState state) {
        return new ObligationRow(new ObligationKey(itemId, 1, ""), ObligationKind.ITEM, "650500", "哈密市人力资源和社会保障局",
                "养老保险待遇", LocalDate.of(2025, 9, 24), List.of(), DUE,
                THRESHOLDS.times(DUE, RegionCode.of("650500"), CALENDAR, SHANGHAI), "cal-1", false, state, EARLIER,
                null, null, "WORKING_DAYS");
    }
}
