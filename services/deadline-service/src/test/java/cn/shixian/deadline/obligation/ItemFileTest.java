package cn.shixian.deadline.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineMet;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.ItemChanged;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.ItemPublished;
import cn.shixian.contracts.ItemRetired;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.NoticeDay;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/design.md rules 1, 2 and 5 on one item, without Spring, Kafka or a database. */
class ItemFileTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DueDateRule RULE = new DueDateRule(WorkingDayCalendar.bundled(), BEIJING);
    /** The bundled calendar with a 2027 notice that makes Monday 2027-01-04 a day off. */
    private static final DueDateRule RULE_WITH_2027 = new DueDateRule(WorkingDayCalendar.bundled().withNotice(
            new HolidayNotice(RegionCode.NATIONAL, 2027, "test", "official", List.of(
                    new NoticeDay(LocalDate.of(2027, 1, 1), "元旦", true),
                    new NoticeDay(LocalDate.of(2027, 1, 4), "元旦", true)))), BEIJING);

    private final ItemFile file = new ItemFile("item-1", null, List.of(), List.of());
    private final List<EventData> out = new ArrayList<>();

    @Test
    void anActiveItemOpensAnObligationDueOnTheTwentiethWorkingDay() {
        assertThat(apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE))).isEqualTo(Disposition.APPLIED);

        DeadlineOpened opened = (DeadlineOpened) out.getFirst();
        assertThat(opened.dueOn()).isEqualTo("2025-10-28");
        assertThat(opened.dueAt()).isEqualTo(OffsetDateTime.parse("2025-10-29T00:00:00+08:00"));
        assertThat(opened.changedOn()).isEqualTo("2025-09-24");
        assertThat(file.newObligations()).singleElement().extracting(Obligation::state).isEqualTo(ObligationState.OPEN);
    }

    @Test
    void theStartDayIsTheLocalDayInBeijingNotTheUtcDay() {
        // 2025-09-23T17:00Z is already the 24th in Beijing
        apply(created(1, "2025-09-23T17:00:00Z", DisclosureMode.ACTIVE));

        assertThat(((DeadlineOpened) out.getFirst()).changedOn()).isEqualTo("2025-09-24");
    }

    @Test
    void anOnRequestItemOpensNothingButItsVersionCounts() {
        apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ON_REQUEST));

        assertThat(out).isEmpty();
        assertThat(file.changedItem()).get().extracting(Item::latestVersion).isEqualTo(1);
        assertThat(apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE))).isEqualTo(Disposition.STALE);
    }

    @Test
    void aStaleOrRepeatedVersionChangesNothing() {
        apply(changed(2, "2025-11-03T09:00:00+08:00"));
        out.clear();

        assertThat(apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE))).isEqualTo(Disposition.STALE);
        assertThat(apply(changed(2, "2025-11-03T09:00:00+08:00"))).isEqualTo(Disposition.STALE);
        assertThat(out).isEmpty();
        assertThat(file.newObligations()).hasSize(1);
    }

    @Test
    void publishingByTheEndOfTheDueDayIsOnTimeAndAfterItLateByWorkingDays() {
        apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE));
        apply(published(1, "2025-10-28T23:59:59+08:00"));
        assertThat(((DeadlineMet) out.getLast()).late()).isFalse();

        ItemFile other = new ItemFile("item-1", null, List.of(), List.of());
        other.apply("c", created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE), RULE, out::add);
        other.apply("p", published(1, "2025-11-03T00:00:00+08:00"), RULE, out::add);
        DeadlineMet late = (DeadlineMet) out.getLast();
        assertThat(late.late()).isTrue();
        assertThat(late.workingDaysLate()).isEqualTo(4); // 10-29, 10-30, 10-31, 11-03
    }

    @Test
    void aPublicationMeetsEveryOpenVersionUpToItsOwn() {
        apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE));
        apply(changed(2, "2025-10-09T09:00:00+08:00"));
        apply(changed(3, "2025-10-10T09:00:00+08:00"));
        out.clear();

        apply(published(2, "2025-10-15T09:00:00+08:00"));

        assertThat(out).extracting(e -> ((DeadlineMet) e).version()).containsExactly(1, 2);
        assertThat(file.newObligations()).extracting(Obligation::state)
                .containsExactly(ObligationState.MET, ObligationState.MET, ObligationState.OPEN);
    }

    @Test
    void aPublicationThatArrivesBeforeItsVersionMeetsItWhenTheVersionArrives() {
        assertThat(apply(published(1, "2025-10-01T09:00:00+08:00"))).isEqualTo(Disposition.HELD);
        apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE));

        assertThat(out).hasExactlyElementsOfTypes(DeadlineOpened.class, DeadlineMet.class);
        assertThat(file.newObligations()).singleElement().extracting(Obligation::state).isEqualTo(ObligationState.MET);
        assertThat(file.newlyHeld()).as("its version came in the same batch: nothing to hold").isEmpty();
    }

    @Test
    void onlyAPublicationWhoseVersionHasNotArrivedIsHeld() {
        apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE));
        apply(published(1, "2025-10-01T09:00:00+08:00"));

        assertThat(apply(published(3, "2025-10-02T09:00:00+08:00"))).isEqualTo(Disposition.APPLIED);

        assertThat(file.newlyHeld()).extracting(Publication::version).containsExactly(3);
        assertThat(file.released()).isEmpty();
    }

    @Test
    void aHeldPublicationIsReleasedOnceItsVersionArrivesAndNotBefore() {
        Item v1 = Item.of(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE), null);
        Publication ofV3 = new Publication("pub-3", "item-1", 3, OffsetDateTime.parse("2025-10-20T09:00:00+08:00"),
                "政府网站", null, null);
        ItemFile stored = new ItemFile("item-1", v1, List.of(), List.of(ofV3));

        stored.apply("e2", changed(2, "2025-10-09T09:00:00+08:00"), RULE, out::add);
        assertThat(out).as("v3's publication meets v2 at once (rule 5)")
                .hasExactlyElementsOfTypes(DeadlineOpened.class, DeadlineMet.class);
        assertThat(stored.released()).as("still waiting for v3").isEmpty();

        stored.apply("e3", changed(3, "2025-10-10T09:00:00+08:00"), RULE, out::add);
        assertThat(stored.released()).containsExactly(ofV3);
        assertThat(stored.newlyHeld()).isEmpty();
    }

    @Test
    void retiringCancelsOpenObligationsAndLeavesMetOnes() {
        apply(created(1, "2025-09-24T10:30:00+08:00", DisclosureMode.ACTIVE));
        apply(published(1, "2025-10-01T09:00:00+08:00"));
        apply(changed(2, "2025-10-09T09:00:00+08:00"));
        out.clear();

        apply(new ItemRetired("item-1", OffsetDateTime.parse("2025-10-20T09:00:00+08:00"), null));

        assertThat(out).singleElement().isInstanceOf(DeadlineCancelled.class)
                .extracting(e -> ((DeadlineCancelled) e).version()).isEqualTo(2);
        assertThat(file.changedItem()).get().extracting(Item::retiredAt).isNotNull();
    }

    @Test
    void retiringAnItemNeverSeenIsIgnored() {
        assertThat(apply(new ItemRetired("item-1", OffsetDateTime.parse("2025-10-20T09:00:00+08:00"), "gone")))
                .isEqualTo(Disposition.IGNORED);
    }

    @Test
    void aTimeLimitNumberWinsOverItsTextAndUnreadableTextFallsBackToTwentyFlagged() {
        apply(withLimit(1, new TimeLimit("即时办结", 3)));
        apply(withLimit(2, new TimeLimit("即时办结", null)));
        apply(withLimit(3, new TimeLimit("按规定更新", null)));

        assertThat(out).extracting(e -> ((DeadlineOpened) e).workingDays()).containsExactly(3, 0, 20);
        assertThat(out).extracting(e -> ((DeadlineOpened) e).timeLimitUnparsed()).containsExactly(false, false, true);
    }

    @Test
    void eachKindOfTimeLimitCountsItsOwnWay() {
        // all changed 2025-09-24 (Wednesday), in Beijing
        apply(withLimit(1, new TimeLimit("自受理之日起60日内出具结论", null)));
        apply(withLimit(2, new TimeLimit("立即公开", null)));
        apply(withLimit(3, new TimeLimit("每季度结束后15个工作日内", null)));
        apply(withLimit(4, new TimeLimit("每年3月底前", null)));

        assertThat(out).extracting(e -> ((DeadlineOpened) e).timeLimitKind())
                .containsExactly("CALENDAR_DAYS", "IMMEDIATE", "PERIODIC", "FIXED_DATE");
        assertThat(out).extracting(e -> ((DeadlineOpened) e).dueOn().toString())
                .containsExactly("2025-11-24", "2025-09-24", "2025-10-28", "2026-03-31");
        assertThat(out).extracting(e -> ((DeadlineOpened) e).period()).containsExactly(null, null, "2025-Q3", "2026");
        assertThat(out).extracting(e -> ((DeadlineOpened) e).workingDays()).containsExactly(60, 0, 15, 0);
        assertThat(file.newObligations()).extracting(Obligation::countedFrom).extracting(Object::toString)
                .containsExactly("2025-09-24", "2025-09-24", "2025-09-30", "2026-03-31");
    }

    @Test
    void aStatedReadingWinsOverTheText() {
        apply(withLimit(1, new TimeLimit("按规定办理", null, "CALENDAR_DAYS", 30, null)));
        apply(withLimit(2, new TimeLimit(null, null, "PERIODIC", null,
                new TimeLimit.Schedule("QUARTER", null, new TimeLimit.AfterEnd(15, "WORKING")))));
        apply(withLimit(3, new TimeLimit("20个工作日", null, "FIXED_DATE", null,
                new TimeLimit.Schedule("MONTH", new TimeLimit.OnDay(1, null), null))));
        apply(withLimit(4, new TimeLimit("20个工作日", null, "CONTINUOUS", null, null)));

        // changed 2025-09-24
        assertThat(out).extracting(e -> ((DeadlineOpened) e).dueOn().toString())
                .containsExactly("2025-10-24", "2025-10-28", "2025-09-30");
        assertThat(out).extracting(e -> ((DeadlineOpened) e).timeLimitUnparsed()).containsOnly(false);
    }

    @Test
    void aContinuousItemOpensNoObligationButItsVersionCounts() {
        assertThat(apply(withLimit(1, new TimeLimit("长期公开", null)))).isEqualTo(Disposition.APPLIED);

        assertThat(out).isEmpty();
        assertThat(file.newObligations()).isEmpty();
        assertThat(file.changedItem()).map(Item::latestVersion).contains(1);
    }

    @Test
    void aFixedDateIsNotMovedByARecountAndACalendarCountIs() {
        // changed 2026-12-03: day 30 of 三十日内 is Saturday 2027-01-02, so due Monday 01-04, provisional
        apply(withLimit(1, new TimeLimit("每年1月31日前", null), "2026-12-03T10:00:00+08:00"));
        apply(withLimit(2, new TimeLimit("三十日内", null), "2026-12-03T10:00:00+08:00"));
        assertThat(out).extracting(e -> ((DeadlineOpened) e).dueOn().toString()).containsExactly("2027-01-31", "2027-01-04");
        assertThat(out).extracting(e -> ((DeadlineOpened) e).provisional()).containsExactly(false, true);
        ItemFile stored = new ItemFile("item-1", null, file.newObligations(), List.of());
        out.clear();

        stored.recount(RULE_WITH_2027, out::add);

        assertThat(out).extracting(e -> ((DeadlineRecomputed) e).version()).containsExactly(2);
        assertThat(((DeadlineRecomputed) out.getFirst()).dueOn()).isEqualTo("2027-01-05");
    }

    @Test
    void aDateOutsideTheCalendarLeavesTheFileUntouched() {
        assertThatThrownBy(() -> apply(created(1, "1999-12-01T10:00:00+08:00", DisclosureMode.ACTIVE)))
                .isInstanceOf(CalendarException.class);
        assertThat(file.changedItem()).isEmpty();
        assertThat(file.newObligations()).isEmpty();
    }

    @Test
    void recountingWithANewNoticeMovesTheDueDateAndSaysFromWhere() {
        apply(created(1, "2026-12-20T10:00:00+08:00", DisclosureMode.ACTIVE));
        DeadlineOpened opened = (DeadlineOpened) out.getFirst();
        assertThat(opened.provisional()).isTrue();
        ItemFile stored = new ItemFile("item-1", null, file.newObligations(), List.of());
        out.clear();

        stored.recount(RULE_WITH_2027, out::add);

        DeadlineRecomputed recomputed = (DeadlineRecomputed) out.getFirst();
        assertThat(recomputed.previousDueOn()).isEqualTo(opened.dueOn());
        assertThat(recomputed.dueOn()).isEqualTo(opened.dueOn().plusDays(1));
        assertThat(stored.changedObligations()).hasSize(1);
    }

    private Disposition apply(EventData data) {
        return file.apply("event-" + out.size(), data, RULE, out::add);
    }

    private static ItemCreated created(int version, String changedAt, DisclosureMode mode) {
        return new ItemCreated("item-1", version, "110101", "title", List.of(), "body", mode,
                new TimeLimit("公开事项信息形成或变更之日起20个工作日内公开", null), List.of(),
                OffsetDateTime.parse(changedAt));
    }

    private static ItemCreated withLimit(int version, TimeLimit limit) {
        return withLimit(version, limit, "2025-09-24T10:30:00+08:00");
    }

    private static ItemCreated withLimit(int version, TimeLimit limit, String changedAt) {
        return new ItemCreated("item-1", version, "110101", "title", List.of(), "body", DisclosureMode.ACTIVE, limit,
                List.of(), OffsetDateTime.parse(changedAt));
    }

    private static ItemChanged changed(int version, String changedAt) {
        return new ItemChanged("item-1", version, "110101", "title", List.of(), "body", DisclosureMode.ACTIVE,
                new TimeLimit(null, 20), List.of(), OffsetDateTime.parse(changedAt));
    }

    private static ItemPublished published(int version, String at) {
        return new ItemPublished("item-1", version, OffsetDateTime.parse(at), "政府网站", null);
    }
}
