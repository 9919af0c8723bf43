package cn.shixian.workcalendar.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.workcalendar.RegionCode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tricky lines of real notices, one table row each: the line, then the days it names (date kind, …). */
class NoticeLinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            一、元旦：1月1日放假，与周末连休。                                  | 2027-01-01 OFF
            一、元旦：1月1日（周五）放假1天，不调休。                            | 2027-01-01 OFF
            一、元旦：2026年12月31日至2027年1月2日放假调休，共3天。              | 2026-12-31 OFF,2027-01-01 OFF,2027-01-02 OFF
            七、国庆节：10月1日至7日放假调休，共7天。9月26日（星期日）、10月9日（星期六）上班。 | 09-26 WORKING,10-01 OFF,10-02 OFF,10-03 OFF,10-04 OFF,10-05 OFF,10-06 OFF,10-07 OFF,10-09 WORKING
            二、春节：2月6日至12日放假调休，共7天。鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月5日）休息。 | 02-06 OFF,02-07 OFF,02-08 OFF,02-09 OFF,02-10 OFF,02-11 OFF,02-12 OFF
            （四）肉孜节：4月22日是肉孜节，4月21日放假调休1天。                  | 04-21 OFF
            10月1日至8日放假。9月26日（星期日）、10月9日（星期六）正常休息。      | 09-26 NORMAL_REST,10-01 OFF,10-02 OFF,10-03 OFF,10-04 OFF,10-05 OFF,10-06 OFF,10-07 OFF,10-08 OFF,10-09 NORMAL_REST
            2027年2月20日至2月26日放假调休。2月27日（星期六）上班。              | 02-20 OFF,02-21 OFF,02-22 OFF,02-23 OFF,02-24 OFF,02-25 OFF,02-26 OFF,02-27 WORKING
            ２月１５日（农历腊月二十九、周一）至 １７日放假调休 ， 共 ３ 天。      | 02-15 OFF,02-16 OFF,02-17 OFF
            五、端午节:6月9日(周三)放假,与周末连休。                             | 06-09 OFF
            三、清明节：4月3日和4月5日放假。                                    | 04-03 OFF,04-05 OFF
            """)
    void readsTheLine(String line, String expected) {
        List<String> days = NoticeText.read(line, RegionCode.NATIONAL, 2027).days().stream()
                .map(d -> (d.date().getYear() == 2027 ? d.date().toString().substring(5) : d.date().toString())
                        + " " + d.change()).toList();
        List<String> want = List.of(expected.strip().split(",")).stream()
                .map(e -> e.startsWith("2027-") ? e.substring(5) : e).toList();

        assertThat(days).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            一、元旦：1月1日至3日放假调休，共4天。               | the dates before it name 3 days off
            一、元旦：1月1日（周六）放假。                       | is a FRIDAY, not 周六
            二、春节：2月30日放假。                              | is not a date of 2027
            二、春节：2月12日至6日放假。                         | is not 2 to 31 days
            二、春节：2月6日至12日放假调休，共7天，另行通知。     | cannot read '另行通知'
            二、春节：2月6日至12日休假。                         | '休假' is not 放假
            三、清明节：清明节放假一天。                         | cannot read
            一、元旦：1月1日放假。1月1日上班。                   | named on line 1 already as OFF
            """)
    void refusesTheLine(String line, String problem) {
        assertThatThrownBy(() -> NoticeText.read(line, RegionCode.NATIONAL, 2027))
                .isInstanceOf(UnreadableNotice.class).hasMessageContaining("line 1").hasMessageContaining(problem.strip());
    }
}
