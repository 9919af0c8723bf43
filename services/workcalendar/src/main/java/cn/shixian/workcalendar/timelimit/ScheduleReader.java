package cn.shixian.workcalendar.timelimit;

import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the periodic time limits (周期性时限) catalogs write: a named day of each period (每年1月31日前,
 * 3月底前, 每月25日前, 次月10日前) or a count after each period's end (每季度结束后15个工作日内,
 * 每月结束后10日内), and a bare period (每半年公开一次: due at the period's end).
 *
 * <p>Unlike the rest of the parser it uses regular expressions, on a compacted copy of the text:
 * only texts with 每 or 月 get here, a small share of a catalog.
 */
final class ScheduleReader {

    private static final String N = "([0-9一二三四五六七八九十两]+)";
    private static final String BEFORE = "(?:之前|以前|前|止)";
    private static final String EVERY = "(?:每|按)(?:个)?(月|季度|季|半年|年)度?";

    /** 每季度结束后15个工作日内, 每月终了后10日内, 每年度结束后3个月: a count after each period. */
    private static final Pattern AFTER_END = Pattern.compile(EVERY + "(?:结束|终了|届满|末)(?:之日)?(?:后|起)" + N + "个?(工作日|日|天)");
    /** 每月25日前, 每月底前, 每月的10日前. */
    private static final Pattern MONTHLY_DAY = Pattern.compile("每(?:个)?月(?:的)?(?:" + N + "日|(底|末))" + BEFORE);
    /** 次月10日前 after a 每月 (每月数据于次月10日前公开). */
    private static final Pattern NEXT_MONTH_DAY = Pattern.compile("每(?:个)?月.*?(?:次月|下月|下个月)" + N + "日" + BEFORE);
    /** 每年1月31日前, 3月底前, 次年3月底前; not a one-off date (2024年3月31日前). */
    private static final Pattern YEARLY_DAY = Pattern.compile("(?<![0-9一二三四五六七八九十〇零]年)(次年|下一年|翌年)?" + N + "月(?:份)?(?:" + N + "日|(底|末))" + BEFORE);
    /** 每季度末前, 每季度结束前: the quarter's last day. */
    private static final Pattern PERIOD_END = Pattern.compile(EVERY + "(?:末|结束)" + BEFORE);
    /** 每半年公开一次, 每季度更新: nothing more said, so due by the period's end. */
    private static final Pattern BARE = Pattern.compile("^(?:公开内容|信息)?" + EVERY + "(?:公开|更新|发布)(?:一次)?(?:信息)?$");

    private ScheduleReader() {
    }

    /** The schedule the text states, or null when it states none this reader knows. */
    static Schedule read(String text) {
        if (text.indexOf('每') < 0 && text.indexOf('月') < 0) {
            return null;
        }
        String compact = compact(text);
        Matcher m = AFTER_END.matcher(compact);
        if (m.find()) {
            int days = number(m.group(2));
            return days < 0 ? null : new Schedule(period(m.group(1)),
                    new Schedule.AfterEnd(days, m.group(3).equals("工作日")));
        }
        if ((m = NEXT_MONTH_DAY.matcher(compact)).find()) {
            return monthly(2, number(m.group(1)));
        }
        if ((m = MONTHLY_DAY.matcher(compact)).find()) {
            return monthly(1, m.group(2) != null ? 0 : number(m.group(1)));
        }
        if ((m = YEARLY_DAY.matcher(compact)).find()) {
            return yearly(m.group(1) != null, number(m.group(2)), m.group(4) != null ? 0 : number(m.group(3)));
        }
        if ((m = PERIOD_END.matcher(compact)).find() || (m = BARE.matcher(compact)).find()) {
            return new Schedule(period(m.group(1)), new Schedule.AfterEnd(0, false));
        }
        return null;
    }

    private static Schedule monthly(int month, int day) {
        return day < 0 || day > 31 ? null : new Schedule(SchedulePeriod.MONTH, new Schedule.OnDay(month, day));
    }

    private static Schedule yearly(boolean nextYear, int month, int day) {
        if (month < 1 || month > 12 || day < 0 || day > Month.of(month).maxLength()) {
            return null; // 2月30日: no such day
        }
        return new Schedule(SchedulePeriod.YEAR, new Schedule.OnDay(nextYear ? month + 12 : month, day));
    }

    private static SchedulePeriod period(String word) {
        return switch (word) {
            case "月" -> SchedulePeriod.MONTH;
            case "季度", "季" -> SchedulePeriod.QUARTER;
            case "半年" -> SchedulePeriod.HALF_YEAR;
            default -> SchedulePeriod.YEAR;
        };
    }

    /** The whole number the numerals spell, or -1. */
    private static int number(String numerals) {
        long number = Numerals.read(numerals, 0);
        int value = Numerals.value(number);
        return Numerals.end(number) == numerals.length() && value >= 0 && value < Numerals.CAP ? value : -1;
    }

    /** Without white space, full-width digits as ASCII. */
    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c)) {
                out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
            }
        }
        return out.toString();
    }
}
