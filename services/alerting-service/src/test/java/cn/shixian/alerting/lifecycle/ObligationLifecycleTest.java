package cn.shixian.alerting.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.lifecycle.LifecycleEvent.Cancelled;
import cn.shixian.alerting.lifecycle.LifecycleEvent.ClockTicked;
import cn.shixian.alerting.lifecycle.LifecycleEvent.DueDateMoved;
import cn.shixian.alerting.lifecycle.LifecycleEvent.Opened;
import cn.shixian.alerting.lifecycle.LifecycleEvent.Paused;
import cn.shixian.alerting.lifecycle.LifecycleEvent.Published;
import cn.shixian.contracts.Alert.AlertState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state (and none yet) × every clock position × every incoming event, written out as one
 * table per event: {@code -} stays, {@code STATE} moves without an alert, {@code STATE!ALERT} moves
 * and raises that alert.
 */
class ObligationLifecycleTest {

    private static final String COLUMNS = "BEFORE_DUE_SOON IN_DUE_SOON PAST_DUE PAST_ESCALATION";

    private static final Map<LifecycleEvent, String> TABLES = Map.of(
            new Paused(), """
                    (none)     -          -          -          -
                    OPEN       PAUSED     PAUSED     PAUSED     PAUSED
                    DUE_SOON   PAUSED     PAUSED     PAUSED     PAUSED
                    OVERDUE    PAUSED     PAUSED     PAUSED     PAUSED
                    ESCALATED  PAUSED     PAUSED     PAUSED     PAUSED
                    PAUSED     -          -          -          -
                    MET        -          -          -          -
                    MET_LATE   -          -          -          -
                    CANCELLED  -          -          -          -
                    """,
            new Opened(), """
                    (none)     OPEN       OPEN       OPEN       OPEN
                    OPEN       -          -          -          -
                    DUE_SOON   -          -          -          -
                    OVERDUE    -          -          -          -
                    ESCALATED  -          -          -          -
                    PAUSED     -          -          -          -
                    MET        -          -          -          -
                    MET_LATE   -          -          -          -
                    CANCELLED  -          -          -          -
                    """,
            new ClockTicked(), """
                    (none)     -          -                  -                -
                    OPEN       -          DUE_SOON!DUE_SOON  OVERDUE!OVERDUE  ESCALATED!ESCALATED
                    DUE_SOON   -          -                  OVERDUE!OVERDUE  ESCALATED!ESCALATED
                    OVERDUE    -          -                  -                ESCALATED!ESCALATED
                    ESCALATED  -          -                  -                -
                    PAUSED     -          -                  -                -
                    MET        -          -                  -                -
                    MET_LATE   -          -                  -                -
                    CANCELLED  -          -                  -                -
                    """,
            new DueDateMoved(), """
                    (none)     -          -          -          -
                    OPEN       -          -          -          -
                    DUE_SOON   OPEN       -          -          -
                    OVERDUE    OPEN       DUE_SOON   -          -
                    ESCALATED  OPEN       DUE_SOON   OVERDUE    -
                    PAUSED     OPEN       OPEN       OPEN       OPEN
                    MET        -          -          -          -
                    MET_LATE   -          -          -          -
                    CANCELLED  -          -          -          -
                    """,
            new Published(false), """
                    (none)     -          -          -          -
                    OPEN       MET        MET        MET        MET
                    DUE_SOON   MET        MET        MET        MET
                    OVERDUE    MET        MET        MET        MET
                    ESCALATED  MET        MET        MET        MET
                    PAUSED     MET        MET        MET        MET
                    MET        -          -          -          -
                    MET_LATE   -          -          -          -
                    CANCELLED  -          -          -          -
                    """,
            new Published(true), """
                    (none)     -                        -                        -                        -
                    OPEN       MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE
                    DUE_SOON   MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE
                    OVERDUE    MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE
                    ESCALATED  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE
                    PAUSED     MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE  MET_LATE!PUBLISHED_LATE
                    MET        -                        -                        -                        -
                    MET_LATE   -                        -                        -                        -
                    CANCELLED  -                        -                        -                        -
                    """,
            new Cancelled(), """
                    (none)     -          -          -          -
                    OPEN       CANCELLED  CANCELLED  CANCELLED  CANCELLED
                    DUE_SOON   CANCELLED  CANCELLED  CANCELLED  CANCELLED
                    OVERDUE    CANCELLED  CANCELLED  CANCELLED  CANCELLED
                    ESCALATED  CANCELLED  CANCELLED  CANCELLED  CANCELLED
                    PAUSED     CANCELLED  CANCELLED  CANCELLED  CANCELLED
                    MET        -          -          -          -
                    MET_LATE   -          -          -          -
                    CANCELLED  -          -          -          -
                    """);

    static Stream<Arguments> table() {
        List<Arguments> cases = new ArrayList<>();
        TABLES.forEach((event, table) -> table.lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> {
                    String[] cells = line.split("\\s+");
                    Optional<ObligationState> current = cells[0].equals("(none)") ? Optional.empty()
                            : Optional.of(ObligationState.valueOf(cells[0]));
                    String[] positions = COLUMNS.split(" ");
                    for (int i = 0; i < positions.length; i++) {
                        cases.add(Arguments.of(current, ClockPosition.valueOf(positions[i]), event, cells[i + 1]));
                    }
                }));
        return cases.stream();
    }

    @ParameterizedTest(name = "{2} on {0} at {1}: {3}")
    @MethodSource("table")
    void movesAsTheTableSays(Optional<ObligationState> current, ClockPosition clock, LifecycleEvent event, String cell) {
        assertThat(ObligationLifecycle.next(current, clock, event)).isEqualTo(expected(cell));
    }

    @Test
    void theTablesCoverEveryStateEveryPositionAndEveryEvent() {
        // 9 rows (8 states and none) × 4 positions × 7 events (Published twice: on time, late)
        assertThat(table()).hasSize((ObligationState.values().length + 1) * ClockPosition.values().length
                * (LifecycleEvent.class.getPermittedSubclasses().length + 1));
    }

    @Test
    void theClockMovesMostAdvancedFirstFromTheOpenStatesBehindIt() {
        assertThat(ObligationLifecycle.clockMoves()).containsExactly(
                new ClockMove(ClockPosition.PAST_ESCALATION,
                        java.util.Set.of(ObligationState.OPEN, ObligationState.DUE_SOON, ObligationState.OVERDUE)),
                new ClockMove(ClockPosition.PAST_DUE, java.util.Set.of(ObligationState.OPEN, ObligationState.DUE_SOON)),
                new ClockMove(ClockPosition.IN_DUE_SOON, java.util.Set.of(ObligationState.OPEN)));
    }

    @Test
    void theStateSetsSplitOpenFromClosed() {
        assertThat(ObligationLifecycle.OPEN).containsExactly(ObligationState.OPEN, ObligationState.DUE_SOON,
                ObligationState.OVERDUE, ObligationState.ESCALATED, ObligationState.PAUSED);
        assertThat(ObligationLifecycle.RUNNING).containsExactly(ObligationState.OPEN, ObligationState.DUE_SOON,
                ObligationState.OVERDUE, ObligationState.ESCALATED);
        assertThat(ObligationLifecycle.CLOSED).containsExactly(ObligationState.MET, ObligationState.MET_LATE,
                ObligationState.CANCELLED);
        assertThat(ObligationLifecycle.ALERTED_OPEN).containsExactly(ObligationState.DUE_SOON, ObligationState.OVERDUE,
                ObligationState.ESCALATED);
        assertThat(ObligationLifecycle.pressingFirst()).containsExactly(ObligationState.ESCALATED,
                ObligationState.OVERDUE, ObligationState.DUE_SOON);
        assertThat(ObligationLifecycle.CLOCK_ALERTS).containsExactly(AlertState.DUE_SOON, AlertState.OVERDUE,
                AlertState.ESCALATED);
    }

    @Test
    void aPublicationAndACancellationCloseWithTheirStates() {
        assertThat(ObligationLifecycle.closedBy(new Published(false))).isEqualTo(ObligationState.MET);
        assertThat(ObligationLifecycle.closedBy(new Published(true))).isEqualTo(ObligationState.MET_LATE);
        assertThat(ObligationLifecycle.closedBy(new Cancelled())).isEqualTo(ObligationState.CANCELLED);
        assertThat(ObligationLifecycle.pausedBy(new Paused())).isEqualTo(ObligationState.PAUSED);
    }

    @Test
    void predicatesRenderTheSetsAsLiteralsInLifecycleOrder() {
        assertThat(StatePredicates.in("o.state", ObligationLifecycle.CLOSED))
                .isEqualTo("o.state in ('MET', 'MET_LATE', 'CANCELLED')");
        assertThat(StatePredicates.in("type", ObligationLifecycle.CLOCK_ALERTS))
                .isEqualTo("type in ('DUE_SOON', 'OVERDUE', 'ESCALATED')");
        assertThat(StatePredicates.rank("state", ObligationLifecycle.pressingFirst()))
                .isEqualTo("case state when 'ESCALATED' then 0 when 'OVERDUE' then 1 when 'DUE_SOON' then 2 else 3 end");
    }

    private static Step expected(String cell) {
        if (cell.equals("-")) {
            return Step.STAY;
        }
        String[] parts = cell.split("!");
        return new Step.Move(ObligationState.valueOf(parts[0]),
                parts.length == 1 ? Optional.empty() : Optional.of(AlertState.valueOf(parts[1])));
    }
}
