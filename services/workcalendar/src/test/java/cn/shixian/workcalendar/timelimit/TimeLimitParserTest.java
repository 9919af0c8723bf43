package cn.shixian.workcalendar.timelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each form of time-limit text (时限文本) the parser reads, and each it refuses on purpose. */
class TimeLimitParserTest {

    private static void assertReads(String text, int workingDays, int extensionDays) {
        TimeLimitReading reading = TimeLimitParser.read(text);
        assertThat(reading.unparsed()).as("unparsed: %s", reading.problem()).isFalse();
        assertThat(reading.days()).isEqualTo(workingDays);
        assertThat(reading.extensionDays()).isEqualTo(extensionDays);
        assertThat(reading.problem()).isNull();
        assertThat(reading.text()).isSameAs(text);
    }

    private static void assertUnparsed(String text, String problem) {
        TimeLimitReading reading = TimeLimitParser.read(text);
        assertThat(reading).isEqualTo(TimeLimitReading.unparsed(text, TimeLimitParser.DEFAULT_WORKING_DAYS, problem));
    }

    @Nested
    class PublicationLimit {

        @ParameterizedTest
        @ValueSource(strings = {
            "公开事项信息形成或变更之日起20个工作日内公开",
            "公开事项信息形成或者变更之日起20个工作日内公开",
            "公开事项信息或变更之日起20个工作日内公开", // the seeds' typo, 形成 missing
            "信息形成或者变更之日起 20 个工作日内",
            "信息形成或变更之日起\u3000２０\u3000个工作日内", // full-width digits and spaces
            "信息形成\n或变更之\n日起20个\n工作日内", // a PDF dump's line breaks
            "公开事 项 信息形 成或 变更 之日 起20 个工 作日 内公 开", // spaces inside 工作日
            "信息形成或变更之日起二十个工作日内公开",
        })
        void readsTwentyWorkingDays(String text) {
            assertReads(text, 20, 0);
        }
    }

    @Nested
    class ServiceLimit {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
            10个工作日                      | 10
            7个工作日办结                   | 7
            材料齐全的情况下，受理后7个工作日办结 | 7
            30工作日。                      | 30
            十五个工作日                    | 15
            三个工作日                      | 3
            两个工作日                      | 2
            一百零五个工作日                | 105
            ０个工作日                      | 0
            """)
        void readsWorkingDays(String text, int workingDays) {
            assertReads(text, workingDays, 0);
        }

        @ParameterizedTest
        @ValueSource(strings = {"即时办结", "即时", "即办", "即来即办", "即办即结", "当场办结", "现场办结", "材料齐全，当天办理",
            "符合评审委员会专家使用条件的，当日办理。", "立等可取"})
        void readsImmediateAsZero(String text) {
            assertReads(text, 0, 0);
            assertThat(TimeLimitParser.read(text).immediate()).isTrue();
        }

        @Test
        void readsTheMonthOfAnImmediateServiceAsWhenItIsAccepted() {
            assertReads("每月1日—30日即时办理。", 0, 0);
        }

        @Test
        void readsARangeAsItsUpperBound() {
            // the last day the office may take; the lower bound promises nothing
            assertReads("7-10个工作日", 10, 0);
            assertReads("7—10个工作日", 10, 0);
            assertReads("批量制卡60至90个工作日", 90, 0);
        }
    }

    @Nested
    class Extension {

        @Test
        void readsTheLimitAndItsExtension() {
            assertReads("收到企业申请后，适时对其所报资料进行初审与对接，审批时限为15个工作日。15个工作日内不能做出决定的，"
                    + "经本行政机关负责人批准，可以延长10个工作日，并将延长期限的理由告知申请人", 15, 10);
            assertReads("审批时限为十五个工作日，可延长十个工作日", 15, 10);
            assertReads("20个工作日（特殊情况可延长20个工作日）", 20, 20);
        }

        @Test
        void readsAnExtensionToATotalAsTheDifference() {
            assertReads("15个工作日，情况复杂的，可延长至30个工作日", 15, 15);
        }

        @Test
        void refusesUnclearExtensions() {
            assertUnparsed("15个工作日，可延长至10个工作日", TimeLimitProblems.UNCLEAR_EXTENSION);
            assertUnparsed("15个工作日，可延长5个工作日，或延长10个工作日", TimeLimitProblems.UNCLEAR_EXTENSION);
            assertUnparsed("可以延长10个工作日", TimeLimitProblems.EXTENSION_ONLY);
        }
    }

    @Nested
    class SeveralNumbers {

        @Test
        void prefersThePromisedLimitOverTheStatutoryOne() {
            assertReads("承诺时限5个工作日，法定时限20个工作日", 5, 0);
            assertReads("法定时限20个工作日，承诺时限5个工作日", 5, 0);
            assertReads("法定办结时限：二十个工作日；承诺办结时限：三个工作日", 3, 0);
        }

        @Test
        void readsTheSameCountTwiceAsOne() {
            assertReads("10个工作日内受理，10个工作日内办结", 10, 0);
        }

        @Test
        void refusesDifferentCountsWithoutAPromise() {
            assertUnparsed("受理后3个工作日内审核，审核通过后5个工作日内发放", TimeLimitProblems.SEVERAL_LIMITS);
            assertUnparsed("承诺时限3个工作日或5个工作日，法定时限20个工作日", TimeLimitProblems.SEVERAL_LIMITS);
        }

        @Test
        void refusesWorkingDaysNextToImmediateOrCalendarDays() {
            assertUnparsed("1.批量制卡60至90个工作日 2.社会保障卡合作银行即时制卡立等可取",
                    TimeLimitProblems.IMMEDIATE_AND_WORKING_DAYS);
            assertUnparsed("接受鉴定申请10天内安排鉴定，即来即办。鉴定结束后7个工作日发证。", TimeLimitProblems.MIXED_DAYS);
        }

        @Test
        void readsASameDayStartAsTheStartNotTheLimit() {
            assertReads("自受理当日起5个工作日内办结", 5, 0);
            assertReads("自受理次日起5个工作日内办结", 5, 0);
        }
    }

    @Nested
    class Unparsed {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\u3000\n\t"})
        void noTextIsUnparsedWithTheDefault(String text) {
            assertUnparsed(text, TimeLimitProblems.NO_TEXT);
            assertThat(TimeLimitParser.read(text, 7)).isEqualTo(TimeLimitReading.unparsed(text, 7, TimeLimitProblems.NO_TEXT));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
            30天以内，不超过90天。          | SEVERAL_LIMITS
            受理时限：5日内；审结时限：60日 | SEVERAL_LIMITS
            隔天                          | CALENDAR_DAYS
            3个月内                        | CALENDAR_MONTHS
            两周内办结                      | CALENDAR_MONTHS
            10天内安排，即来即办             | CALENDAR_DAYS_AND_OTHER
            """)
        void calendarTimeItCannotCount(String text, String problem) throws ReflectiveOperationException {
            assertUnparsed(text, (String) TimeLimitProblems.class.getField(problem).get(null));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
            每月1—25日，参保单位携带纸质资料办结。 | PERIODIC
            各系列根据每年安排一次职称评审工作。    | PERIODIC
            2024年3月31日前                      | DATE
            及时公开                             | UNREADABLE
            依据批量评估认定的工作安排，无固定办理时限 | NO_FIXED_LIMIT
            自受理之日起60之内办结                | NO_UNIT
            1.5个工作日                          | FRACTION
            100001个工作日                       | TOO_LARGE
            99999999999999999999个工作日         | TOO_LARGE
            根据人社部规定的时间段设定新疆区报名时间 | UNREADABLE
            按规定办理                           | UNREADABLE
            """)
        void namesWhyItCannotRead(String text, String problem) throws ReflectiveOperationException {
            assertUnparsed(text, (String) TimeLimitProblems.class.getField(problem).get(null));
        }

        @Test
        void givesTheCallersDefault() {
            TimeLimitReading reading = TimeLimitParser.read("按规定办理", 15);

            assertThat(reading.days()).isEqualTo(15);
            assertThat(reading.unparsed()).isTrue();
            assertThat(reading.immediate()).isFalse();
        }

        @Test
        void rejectsADefaultTheCalendarCannotCount() {
            assertThatThrownBy(() -> TimeLimitParser.read("10个工作日", -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TimeLimitParser.read("10个工作日", 100_001)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aReadingKeepsItsInvariants() {
        TimeLimitKind working = TimeLimitKind.WORKING_DAYS;
        Schedule monthly = new Schedule(SchedulePeriod.MONTH, new Schedule.OnDay(1, 25));
        assertThatThrownBy(() -> new TimeLimitReading(working, 20, 0, null, true, "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimitReading(working, 20, 0, null, false, "x", "why")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimitReading(working, -1, 0, null, false, "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimitReading(working, 20, 5, null, true, "x", "why")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimitReading(TimeLimitKind.CALENDAR_DAYS, 20, 0, null, true, "x", "why"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimitReading(TimeLimitKind.PERIODIC, 0, 0, monthly, false, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimitReading(TimeLimitKind.FIXED_DATE, 0, 0, null, false, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeLimitReading(TimeLimitKind.CONTINUOUS, 3, 0, null, false, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
