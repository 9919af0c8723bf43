package cn.shixian.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Laws of {@code due} and {@code workingDaysBetween} that must hold for every start day, count and region. */
class WorkingDayCalendarPropertiesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

    @Provide
    Arbitrary<LocalDate> days() {
        // provisional years on both sides of the notices, and the notice years more often
        Arbitrary<LocalDate> anyYear = epochDays(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 6, 30));
        Arbitrary<LocalDate> noticeYears = epochDays(LocalDate.of(2017, 11, 1), LocalDate.of(2027, 3, 1));
        return Arbitraries.frequencyOf(Tuple.of(1, anyYear), Tuple.of(3, noticeYears));
    }

    private static Arbitrary<LocalDate> epochDays(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<RegionCode> regions() {
        return Arbitraries.of("00", "650500", "654002", "360702", "65", "110101").map(RegionCode::of);
    }

    @Property
    void dueIsAWorkingDayWithExactlyNWorkingDaysAfterTheStart(@ForAll("days") LocalDate start,
            @ForAll @IntRange(min = 1, max = 300) int n, @ForAll("regions") RegionCode region) {
        LocalDate due = CALENDAR.due(start, n, region).date();

        assertThat(CALENDAR.isWorkingDay(due, region).workingDay()).isTrue();
        assertThat(CALENDAR.workingDaysBetween(start, due, region).workingDays()).isEqualTo(n);
        assertThat(CALENDAR.workingDaysBetween(start, due.minusDays(1), region).workingDays()).isEqualTo(n - 1);
    }

    @Property
    void countingBackIsAWorkingDayWithExactlyNWorkingDaysThroughTheEnd(@ForAll("days") LocalDate end,
            @ForAll @IntRange(min = 1, max = 300) int n, @ForAll("regions") RegionCode region) {
        Assume.that(end.isAfter(LocalDate.of(2001, 6, 30))); // 300 working days back stay in the range
        LocalDate back = CALENDAR.nthWorkingDayBack(end, n, region).date();

        assertThat(CALENDAR.isWorkingDay(back, region).workingDay()).isTrue();
        // [back, end] holds n working days: (back - 1, end]
        assertThat(CALENDAR.workingDaysBetween(back.minusDays(1), end, region).workingDays()).isEqualTo(n);
    }

    @Property
    void dueIsMonotonicInStartAndCount(@ForAll("days") LocalDate start, @ForAll @IntRange(min = 0, max = 300) int n,
            @ForAll("regions") RegionCode region) {
        LocalDate due = CALENDAR.due(start, n, region).date();

        assertThat(CALENDAR.due(start.plusDays(1), n, region).date()).isAfterOrEqualTo(due);
        LocalDate later = CALENDAR.due(start, n + 1, region).date();
        // from a day off, 0 (即时) and 1 both land on the next working day
        if (n == 0) {
            assertThat(later).isAfterOrEqualTo(due);
        } else {
            assertThat(later).isAfter(due);
        }
    }

    @Property
    void zeroDaysIsTheStartIfItIsAWorkingDayElseTheNext(@ForAll("days") LocalDate start,
            @ForAll("regions") RegionCode region) {
        LocalDate due = CALENDAR.due(start, 0, region).date();
        boolean working = CALENDAR.isWorkingDay(start, region).workingDay();

        assertThat(due).isEqualTo(working ? start : CALENDAR.nextWorkingDay(start, region).date());
    }

    @Property
    void workingDaysBetweenIsAntisymmetricAndAdditive(@ForAll("days") LocalDate a, @ForAll("days") LocalDate b,
            @ForAll("days") LocalDate c, @ForAll("regions") RegionCode region) {
        int ab = CALENDAR.workingDaysBetween(a, b, region).workingDays();

        assertThat(CALENDAR.workingDaysBetween(b, a, region).workingDays()).isEqualTo(-ab);
        assertThat(ab + CALENDAR.workingDaysBetween(b, c, region).workingDays())
                .isEqualTo(CALENDAR.workingDaysBetween(a, c, region).workingDays());
    }

    @Property
    void provisionalExactlyWhenACountedDayLiesInAProvisionalYear(@ForAll("days") LocalDate start,
            @ForAll @IntRange(min = 1, max = 300) int n, @ForAll("regions") RegionCode region) {
        DueDate due = CALENDAR.due(start, n, region);
        boolean touches = false;
        for (int year = start.plusDays(1).getYear(); year <= due.date().getYear(); year++) {
            touches |= CALENDAR.isProvisional(year, region);
        }

        assertThat(due.provisional()).isEqualTo(touches);
        assertThat(due.reasons().isEmpty()).isEqualTo(!touches);
    }
}
