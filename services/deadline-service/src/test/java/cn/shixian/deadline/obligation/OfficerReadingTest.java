package cn.shixian.deadline.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.contracts.DeadlineCancelled;
import cn.shixian.contracts.DeadlineOpened;
import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.ItemChanged;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.ItemRetired;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.contracts.TimeLimitSet;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An officer's reading of a time limit (时限认定, docs/design.md "Time limits"): the latest version
 * counted again as if read so from the start, the reading kept for revisions with the same text.
 * Plain Java: the steps as the HTTP door and the intake feed them.
 */
class OfficerReadingTest {

    private static final DueDateRule RULE = new DueDateRule(WorkingDayCalendar.bundled(), ZoneId.of("Asia/Shanghai"));
    /** Text the parser cannot read: 20 working days, flagged. */
    private static final String UNREADABLE = "每年组织一次评审";
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-10-15T09:00:00+08:00");
    private static final LocalDate TODAY = NOW.toLocalDate();

    private final List<EventData> out = new ArrayList<>();
    private ItemFile file = new ItemFile("item-1", null, List.of(), List.of());

    @Test
    void calendarDaysSetByAnOfficerMoveTheOpenObligationAndHoldForTheNextRevisionOfTheSameText() {
        file.apply("e1", created(UNREADABLE, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        assertThat(((DeadlineOpened) out.getFirst()).dueOn()).as("20 working days by default").isEqualTo("2025-10-28");
        reload();

        file.setReading(reading(new TimeLimit(null, null, "CALENDAR_DAYS", 30, null)), TODAY, Set.of(), RULE, out::add);

        assertThat(out).hasSize(2);
        TimeLimitSet set = (TimeLimitSet) out.get(0);
        assertThat(set.previousKind()).isEqualTo("WORKING_DAYS");
        assertThat(set.reading().text()).as("the reading keeps the text it reads").isEqualTo(UNREADABLE);
        assertThat(set.setBy()).isEqualTo("hami");
        DeadlineRecomputed moved = (DeadlineRecomputed) out.get(1);
        // 09-24 + 30 days = 10-24, a Friday: a working day (民法典 art. 201)
        assertThat(moved.dueOn()).isEqualTo("2025-10-24");
        assertThat(moved.previousDueOn()).isEqualTo("2025-10-28");
        assertThat(moved.timeLimitKind()).isEqualTo("CALENDAR_DAYS");
        assertThat(moved.timeLimitUnparsed()).as("read now, not defaulted").isFalse();
        reload();

        file.apply("e2", changed(2, UNREADABLE, "2025-10-10T10:00:00+08:00"), RULE, out::add);
        DeadlineOpened v2 = (DeadlineOpened) out.getFirst();
        // 10-10 + 30 days = 11-09, a Sunday: the next working day (art. 203)
        assertThat(v2.dueOn()).isEqualTo("2025-11-10");
        assertThat(v2.timeLimitKind()).isEqualTo("CALENDAR_DAYS");
        assertThat(file.changedItem().orElseThrow().reading()).isNotNull();
        reload();

        file.apply("e3", changed(3, "20个工作日", "2025-10-13T10:00:00+08:00"), RULE, out::add);
        assertThat(file.changedItem().orElseThrow().reading()).as("other text: the reading no longer holds").isNull();
        assertThat(((DeadlineOpened) out.getFirst()).timeLimitKind()).isEqualTo("WORKING_DAYS");
    }

    @Test
    void aContinuousReadingCancelsTheOpenObligation() {
        file.apply("e1", created(UNREADABLE, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        reload();

        file.setReading(reading(new TimeLimit(null, null, "CONTINUOUS", null, null)), TODAY, Set.of(), RULE, out::add);

        assertThat(out).extracting(e -> e.eventType().type())
                .containsExactly("disclosure.deadline.time-limit-set", "disclosure.deadline.cancelled");
        assertThat(((DeadlineCancelled) out.get(1)).reason()).isEqualTo("时限认定：hami 改读为 长期公开");
        assertThat(file.obligations()).extracting(Obligation::state).containsExactly(ObligationState.CANCELLED);
    }

    @Test
    void aPeriodicReadingOpensEveryPeriodBegunSinceTheChangeAndCancelsTheSingleObligation() {
        file.apply("e1", created(UNREADABLE, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        reload();
        TimeLimit quarterly = new TimeLimit(null, null, "PERIODIC", null,
                new TimeLimit.Schedule("QUARTER", null, new TimeLimit.AfterEnd(15, "WORKING")));

        file.setReading(reading(quarterly), TODAY, Set.of(), RULE, out::add);

        assertThat(out.stream().filter(DeadlineOpened.class::isInstance).map(e -> (DeadlineOpened) e)
                .map(o -> o.period() + " " + o.dueOn())).containsExactly("2025-Q3 2025-10-28", "2025-Q4 2026-01-22");
        assertThat(out.stream().filter(DeadlineCancelled.class::isInstance).map(e -> (DeadlineCancelled) e)
                .map(DeadlineCancelled::period)).containsExactly((String) null);
        Item item = file.changedItem().orElseThrow();
        assertThat(item.nextPeriod().key()).as("the schedule goes on from the next period").isEqualTo("2026-Q1");
    }

    @Test
    void aClosedObligationStaysClosed() {
        file.apply("e1", created(UNREADABLE, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        Item item = file.changedItem().orElseThrow();
        file = new ItemFile("item-1", item, List.of(), List.of());
        out.clear();

        file.setReading(reading(new TimeLimit(null, null, "CALENDAR_DAYS", 30, null)), TODAY,
                Set.of(new ObligationKey("item-1", 1, null)), RULE, out::add);

        assertThat(out).singleElement().isInstanceOf(TimeLimitSet.class);
        assertThat(((TimeLimitSet) out.getFirst()).previousKind()).as("nothing open to have been read").isNull();
        assertThat(file.newObligations()).isEmpty();
    }

    @Test
    void aRetiredItemOrOnePublishedOnRequestTakesNoReading() {
        file.apply("e1", created(UNREADABLE, "2025-09-24T10:00:00+08:00"), RULE, out::add);
        file.apply("e2", new ItemRetired("item-1", OffsetDateTime.parse("2025-10-01T10:00:00+08:00"), null), RULE,
                out::add);
        assertThatThrownBy(() -> file.setReading(reading(new TimeLimit(null, null, "IMMEDIATE", null, null)), TODAY,
                Set.of(), RULE, out::add)).isInstanceOf(IllegalStateException.class).hasMessageContaining("retired");

        ItemFile onRequest = new ItemFile("item-2", null, List.of(), List.of());
        onRequest.apply("e3", new ItemCreated("item-2", 1, "650500", "title", List.of(), "body",
                DisclosureMode.ON_REQUEST, null, List.of(), OffsetDateTime.parse("2025-09-24T10:00:00+08:00")), RULE,
                out::add);
        assertThatThrownBy(() -> onRequest.setReading(reading(new TimeLimit(null, null, "IMMEDIATE", null, null)),
                TODAY, Set.of(), RULE, out::add)).hasMessageContaining("依申请公开");
    }

    private static OfficerReading reading(TimeLimit stated) {
        return OfficerReading.of(stated, UNREADABLE, "hami", NOW);
    }

    /** The file as the next load gives it: the item and its open obligations. */
    private void reload() {
        Item item = file.changedItem().orElseThrow();
        file = new ItemFile("item-1", item, file.obligations().stream().filter(Obligation::isOpen).toList(), List.of());
        out.clear();
    }

    private static ItemCreated created(String text, String changedAt) {
        return new ItemCreated("item-1", 1, "650500", "title", List.of(), "body", DisclosureMode.ACTIVE,
                new TimeLimit(text, null), List.of(), OffsetDateTime.parse(changedAt));
    }

    private static ItemChanged changed(int version, String text, String changedAt) {
        return new ItemChanged("item-1", version, "650500", "title", List.of(), "body", DisclosureMode.ACTIVE,
                new TimeLimit(text, null), List.of(), OffsetDateTime.parse(changedAt));
    }
}
