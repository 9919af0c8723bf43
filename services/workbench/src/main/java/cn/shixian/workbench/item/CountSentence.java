package cn.shixian.workbench.item;

import cn.shixian.workbench.services.Explanation;
import cn.shixian.workbench.web.Dates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The explanation of a count in one sentence, as officers argue it: "10月1日–8日 国庆节、中秋节 放假；
 * 9月28日（周日）调休上班；跳过周末 6 天". Holidays and make-up days are named one by one; plain weekends
 * are only counted. Plain Java.
 */
final class CountSentence {

    private CountSentence() {
    }

    static List<String> parts(Explanation explanation, Locale locale) {
        boolean zh = Dates.chinese(locale);
        List<String> parts = new ArrayList<>();
        int weekendDays = 0;
        for (Explanation.Span span : explanation.spans()) {
            switch (span.kind()) {
                case "WEEKEND" -> weekendDays += span.days();
                case "HOLIDAY", "REGIONAL_HOLIDAY" -> parts.add(range(span, locale) + " " + names(span, zh)
                        + (zh ? " 放假" : " off") + (span.kind().equals("REGIONAL_HOLIDAY") ? (zh ? "（地方节假日）" : " (regional)") : ""));
                case "MAKE_UP_WORKING_DAY" -> parts.add(Dates.monthDay(span.from(), locale) + (zh ? "（" : " (")
                        + Dates.weekday(span.from().getDayOfWeek(), locale) + (zh ? "）调休上班" : ") make-up working day")
                        + (span.names().isEmpty() ? "" : (zh ? "（" : " (") + names(span, zh) + (zh ? "）" : ")")));
                default -> {
                }
            }
        }
        if (weekendDays > 0) {
            parts.add(zh ? "跳过周末 " + weekendDays + " 天" : weekendDays + " weekend days skipped");
        }
        return parts;
    }

    private static String range(Explanation.Span span, Locale locale) {
        if (span.from().equals(span.to())) {
            return Dates.monthDay(span.from(), locale);
        }
        boolean sameMonth = span.from().getMonth() == span.to().getMonth() && span.from().getYear() == span.to().getYear();
        String to = sameMonth && Dates.chinese(locale) ? span.to().getDayOfMonth() + "日" : Dates.monthDay(span.to(), locale);
        return Dates.monthDay(span.from(), locale) + "–" + to;
    }

    private static String names(Explanation.Span span, boolean zh) {
        return String.join(zh ? "、" : ", ", span.names());
    }
}
