package cn.shixian.alerting.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Working days left or overdue, as the alerts count them, on the bundled calendar. */
class WorkingDayFiguresTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    /** Wednesday, before 国庆 2026 (1–7 October off, Saturday 10 October a working day). */
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 30);

    @Test
    void openOnesCountTheWorkingDaysLeftTodayIncluded() {
        assertThat(figures(ObligationState.OPEN, LocalDate.of(2026, 10, 12), "110101"))
                .isEqualTo(new WorkingDayFigures(5, null));
        assertThat(figures(ObligationState.DUE_SOON, TODAY, "110101")).isEqualTo(new WorkingDayFigures(1, null));
        // past due but not swept yet: nothing left, not negative
        assertThat(figures(ObligationState.DUE_SOON, LocalDate.of(2026, 9, 24), "110101"))
                .isEqualTo(new WorkingDayFigures(0, null));
    }

    @Test
    void overdueOnesCountTheWorkingDaysSinceTheDueDate() {
        assertThat(figures(ObligationState.OVERDUE, LocalDate.of(2026, 9, 24), "110101"))
                .isEqualTo(new WorkingDayFigures(null, 3));
        assertThat(figures(ObligationState.ESCALATED, LocalDate.of(2026, 9, 10), "110101"))
                .isEqualTo(new WorkingDayFigures(null, 14));
    }

    @Test
    void eachRegionCountsWithItsOwnHolidays() {
        // 2025: 6–10 June are 古尔邦节 in Xinjiang only
        LocalDate thursday = LocalDate.of(2025, 6, 5);
        LocalDate due = LocalDate.of(2025, 6, 11);
        assertThat(WorkingDayFigures.of(ObligationState.OPEN, due, "650500", thursday, CALENDAR).left()).isEqualTo(2);
        assertThat(WorkingDayFigures.of(ObligationState.OPEN, due, "360702", thursday, CALENDAR).left()).isEqualTo(5);
        // a region the calendar does not know counts nationally
        assertThat(WorkingDayFigures.of(ObligationState.OPEN, due, "900101", thursday, CALENDAR).left()).isEqualTo(5);
    }

    @Test
    void finishedOnesHaveNeither() {
        for (ObligationState state : new ObligationState[] {ObligationState.MET, ObligationState.MET_LATE,
                ObligationState.CANCELLED}) {
            assertThat(figures(state, LocalDate.of(2026, 9, 24), "110101")).isEqualTo(new WorkingDayFigures(null, null));
        }
    }

    private static WorkingDayFigures figures(ObligationState state, LocalDate dueOn, String region) {
        return WorkingDayFigures.of(state, dueOn, region, TODAY, CALENDAR);
    }
}
