package cn.shixian.workcalendar.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import cn.shixian.workcalendar.timelimit.TimeLimitReading.FirstDue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each kind of time limit (docs/design.md, "Time limits") read from its text and counted on the
 * bundled national calendar: the first due date for information changed on a given day.
 */
class TimeLimitKindsTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();
    private static final RegionCode NATIONAL = RegionCode.of("00");

    private static FirstDue first(String text, String changedOn) {
        return TimeLimitParser.read(text).firstDue(LocalDate.parse(changedOn), CALENDAR, NATIONAL).orElseThrow();
    }

    @Nested
    class CalendarDays {

        @ParameterizedTest(name = "{0} from {1}: {2}")
        @CsvSource(delimiter = '|', textBlock = """
            自受理之日起60日内出具结论              | 2025-09-24 | 60 | 2025-11-24
            30日内办结。                          | 2025-09-01 | 30 | 2025-10-09
            二十日内                              | 2025-09-01 | 20 | 2025-09-22
            批复后20日内                          | 2025-09-01 | 20 | 2025-09-22
            自批准成立之日其30日内申请办理            | 2025-03-03 | 30 | 2025-04-02
            材料齐全的情况下，《工伤保险条例》规定的60日内 | 2025-01-02 | 60 | 2025-03-03
            20天                                  | 2025-09-05 | 20 | 2025-09-25
            """)
        void countCalendarDaysAndMoveALastDayOffToTheNextWorkingDay(String text, String from, int days, String due) {
            TimeLimitReading reading = TimeLimitParser.read(text);

            assertThat(reading.kind()).isEqualTo(TimeLimitKind.CALENDAR_DAYS);
            assertThat(reading.unparsed()).isFalse();
            assertThat(reading.days()).isEqualTo(days);
            assertThat(first(text, from).due().date()).isEqualTo(due);
            assertThat(first(text, from).period()).isNull();
        }

        @Test
        void readAnExtensionInCalendarDays() {
            TimeLimitReading reading = TimeLimitParser.read("材料齐全的，自受理之日起45日内办结（经审批可延长15日）");

            assertThat(reading.kind()).isEqualTo(TimeLimitKind.CALENDAR_DAYS);
            assertThat(reading.days()).isEqualTo(45);
            assertThat(reading.extensionDays()).isEqualTo(15);
        }

        @Test
        void aLastDayOnAMakeUpWorkingDayStays() {
            // 2025-09-28 is a Sunday worked for 国庆 (调休上班): a working day, so it is the deadline
            assertThat(first("18日内", "2025-09-10").due().date()).isEqualTo("2025-09-28");
        }
    }

    @Nested
    class Immediate {

        @ParameterizedTest(name = "{0} from {1}: {2}")
        @CsvSource(delimiter = '|', textBlock = """
            立即公开 | 2025-09-26 | 2025-09-26
            实时    | 2025-09-26 | 2025-09-26
            即时公开 | 2025-09-27 | 2025-09-28
            当天    | 2025-10-01 | 2025-10-09
            当日公开 | 2025-10-09 | 2025-10-09
            """)
        void isTheSameDayOrTheNextWorkingDay(String text, String from, String due) {
            assertThat(TimeLimitParser.read(text).kind()).isEqualTo(TimeLimitKind.IMMEDIATE);
            assertThat(first(text, from).due().date()).isEqualTo(due);
        }

        @Test
        void theSameDayOrTheNextIsOneWorkingDay() {
            TimeLimitReading reading = TimeLimitParser.read("当日或隔天");

            assertThat(reading.kind()).isEqualTo(TimeLimitKind.WORKING_DAYS);
            assertThat(reading.days()).isEqualTo(1);
            assertThat(first("当日或隔天", "2025-09-30").due().date()).isEqualTo("2025-10-09");
        }
    }

    @Nested
    class FixedDates {

        @ParameterizedTest(name = "{0} from {1}: {3} due {4}")
        @CsvSource(delimiter = '|', textBlock = """
            每年3月底前公开上一年度工作报告 | 2025-09-10 | YEAR  | 2026    | 2026-03-31
            每年1月31日前               | 2025-09-10 | YEAR  | 2026    | 2026-01-31
            3月31日前                   | 2026-02-01 | YEAR  | 2026    | 2026-03-31
            每年三月底前                 | 2026-04-01 | YEAR  | 2027    | 2027-03-31
            每月25日前                  | 2025-09-26 | MONTH | 2025-10 | 2025-10-25
            每月25日前                  | 2025-09-24 | MONTH | 2025-09 | 2025-09-25
            每月5日前，参保单位携带纸质资料办结。 | 2025-09-05 | MONTH | 2025-10 | 2025-10-05
            每月底前                    | 2026-02-03 | MONTH | 2026-02 | 2026-02-28
            每月数据于次月10日前公开       | 2025-09-05 | MONTH | 2025-08 | 2025-09-10
            """)
        void areDueOnTheNamedDayOfTheFirstPeriodDueAfterTheChange(String text, String from, SchedulePeriod every,
                                                               String period, String due) {
            TimeLimitReading reading = TimeLimitParser.read(text);
            FirstDue first = first(text, from);

            assertThat(reading.kind()).isEqualTo(TimeLimitKind.FIXED_DATE);
            assertThat(reading.schedule().every()).isEqualTo(every);
            assertThat(first.period().key()).isEqualTo(period);
            assertThat(first.due().date()).isEqualTo(due);
            assertThat(first.count().unit()).isEqualTo(DueCount.CountUnit.FIXED);
        }

        @Test
        void aNamedDayIsNotMovedOffAWeekend() {
            // 2026-01-31 is a Saturday: the text names the day
            assertThat(first("每年1月31日前", "2025-12-01").due().date()).isEqualTo("2026-01-31");
        }
    }

    @Nested
    class Periodic {

        @Test
        void aQuarterIsDueFifteenWorkingDaysAfterItsEnd() {
            FirstDue first = first("每季度结束后15个工作日内", "2025-10-05");

            assertThat(TimeLimitParser.read("每季度结束后15个工作日内").kind()).isEqualTo(TimeLimitKind.PERIODIC);
            // Q3 ends 09-30; 10-01..10-08 are 国庆, 10-11 (Saturday) is worked: the 15th working day is 10-28
            assertThat(first.period().key()).isEqualTo("2025-Q3");
            assertThat(first.due().date()).isEqualTo("2025-10-28");
        }

        @Test
        void periodsFollowOneAnother() {
            TimeLimitReading reading = TimeLimitParser.read("每季度结束后15个工作日内");
            Period period = first("每季度结束后15个工作日内", "2025-10-29").period();
            List<String> dues = new ArrayList<>();
            for (int i = 0; i < 3; i++, period = period.next()) {
                dues.add(period.key() + " " + reading.schedule().countFor(period).due(CALENDAR, NATIONAL).date());
            }

            assertThat(dues).containsExactly("2025-Q4 2026-01-22", "2026-Q1 2026-04-22", "2026-Q2 2026-07-21");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"每季度结束后15个工作日内", "每月结束后10日内", "每年3月底前", "每月25日前", "每半年公开一次", "每年1月31日前"})
        void aScheduleIsStoredAsACodeAndReadBackTheSame(String text) {
            Schedule schedule = TimeLimitParser.read(text).schedule();

            assertThat(Schedule.ofCode(schedule.code())).isEqualTo(schedule);
        }

        @Test
        void aCodeThatIsNoScheduleIsRefused() {
            assertThat(Schedule.ofCode("QUARTER/AFTER/15/WORKING").due()).isEqualTo(new Schedule.AfterEnd(15, true));
            for (String bad : new String[] {"QUARTER/AFTER/15", "WEEK/ON/1/1", "YEAR/ON/3/x", "YEAR/AFTER/3/DAYS"}) {
                assertThatIllegalArgumentException().isThrownBy(() -> Schedule.ofCode(bad));
            }
        }

        @ParameterizedTest(name = "{0} from {1}: {2} due {3}")
        @CsvSource(delimiter = '|', textBlock = """
            每半年公开一次       | 2025-03-01 | 2025-H1 | 2025-06-30
            每季度更新          | 2025-12-31 | 2026-Q1 | 2026-03-31
            每月结束后10日内     | 2025-09-15 | 2025-09 | 2025-10-10
            每年度结束后20个工作日内 | 2025-06-01 | 2025 | 2026-01-29
            """)
        void countFromThePeriodsEnd(String text, String from, String period, String due) {
            FirstDue first = first(text, from);

            assertThat(TimeLimitParser.read(text).kind()).isEqualTo(TimeLimitKind.PERIODIC);
            assertThat(first.period().key()).isEqualTo(period);
            assertThat(first.due().date()).isEqualTo(due);
        }
    }

    @ParameterizedTest
    @CsvSource({"长期公开", "常态化公开", "动态更新，长期公开"})
    void aContinuousTextOwesNothing(String text) {
        TimeLimitReading reading = TimeLimitParser.read(text);

        assertThat(reading.kind()).isEqualTo(TimeLimitKind.CONTINUOUS);
        assertThat(reading.unparsed()).isFalse();
        assertThat(reading.firstDue(LocalDate.parse("2025-09-01"), CALENDAR, NATIONAL)).isEmpty();
    }

    @Test
    void workingDaysCountAsBefore() {
        FirstDue first = first("信息形成或变更之日起20个工作日内", "2025-09-24");

        assertThat(first.due().date()).isEqualTo("2025-10-28");
        assertThat(first.count()).isEqualTo(DueCount.working(LocalDate.parse("2025-09-24"), 20));
    }
}
