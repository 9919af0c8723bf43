package cn.shixian.workcalendar.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of {@link TimeLimitParser} for every count and every text. */
class TimeLimitParserPropertiesTest {

    @Property
    void readsAnyCountOfThePublicationSentence(@ForAll @IntRange(min = 0, max = 999) int n) {
        TimeLimitReading reading = TimeLimitParser.read("信息形成或变更之日起" + n + "个工作日内公开");

        assertThat(reading.unparsed()).isFalse();
        assertThat(reading.days()).isEqualTo(n);
        assertThat(reading.extensionDays()).isZero();
    }

    @Property
    void readsFullWidthDigitsAndChineseNumeralsAlike(@ForAll @IntRange(min = 0, max = 999) int n) {
        assertThat(TimeLimitParser.read("信息形成或变更之日起" + fullWidth(n) + "个工作日内公开").days()).isEqualTo(n);
        assertThat(TimeLimitParser.read("信息形成或变更之日起" + chinese(n) + "个工作日内公开").days()).isEqualTo(n);
    }

    @Property
    void readsALimitAndItsExtension(@ForAll @IntRange(min = 0, max = 999) int n, @ForAll @IntRange(min = 0, max = 999) int extension) {
        TimeLimitReading reading = TimeLimitParser.read("审批时限为" + n + "个工作日，经批准可以延长" + extension + "个工作日");

        assertThat(reading.days()).isEqualTo(n);
        assertThat(reading.extensionDays()).isEqualTo(extension);
    }

    /** Never throws; unparsed exactly when a problem is named, and then with the caller's default. */
    @Property(tries = 2000)
    void readsAnyTextWithoutThrowing(@ForAll("timeLimitLikeTexts") String text, @ForAll @IntRange(min = 0, max = 100) int fallback) {
        TimeLimitReading reading = TimeLimitParser.read(text, fallback);

        assertThat(reading.text()).isSameAs(text);
        assertThat(reading.unparsed()).isEqualTo(reading.problem() != null);
        if (reading.unparsed()) {
            assertThat(reading.days()).isEqualTo(fallback);
            assertThat(reading.extensionDays()).isZero();
        }
    }

    /** Random mixes of the characters time-limit texts are made of, so most of them get deep into the parser. */
    @Provide
    Arbitrary<String> timeLimitLikeTexts() {
        return Arbitraries.strings()
                .withChars("0123456789０９.．-—至个工作日天月年内之前起每承诺法定延长期即时办当场隔一二三十百两零〇，。；：（） \u3000\n")
                .ofMaxLength(40);
    }

    private static String fullWidth(int n) {
        StringBuilder digits = new StringBuilder();
        String.valueOf(n).chars().forEach(c -> digits.append((char) ('０' + (c - '0'))));
        return digits.toString();
    }

    /** n in 0..999 the way a catalog writes it: 零, 七, 十五, 二十, 一百零五, 三百二十. */
    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        if (n < 100) {
            return digits.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
        }
        int rest = n % 100;
        String hundreds = digits.charAt(n / 100) + "百";
        if (rest == 0) {
            return hundreds;
        }
        return hundreds + (rest < 10 ? "零" + digits.charAt(rest) : digits.charAt(rest / 10) + "十" + (rest % 10 == 0 ? "" : digits.charAt(rest % 10)));
    }
}
