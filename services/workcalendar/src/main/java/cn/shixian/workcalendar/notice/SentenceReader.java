package cn.shixian.workcalendar.notice;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sentence of an arrangement, clause by clause (split at "，"):
 * <ul>
 *   <li>dates, ranges and lists, then what they are: "1月1日（周四）至3日（周六）放假调休",
 *       "2022年12月31日至2023年1月2日放假调休", "2月14日（周六）、2月28日（周六）上班",
 *       "9月28日（星期日）、10月11日（星期六）正常休息", "4月21日放假调休1天";</li>
 *   <li>a festival's own day, which is not a day off: "4月22日是肉孜节";</li>
 *   <li>remarks: "共N天" (checked against the days off before it), "与周末连休", "不调休".</li>
 * </ul>
 * A date without a year is of the notice's year; a range or list inherits the month and year
 * written before it. A weekday in brackets ("（周六）", "（星期日）") must be the date's.
 */
final class SentenceReader {

    /** Why a line cannot be read; {@link NoticeText} adds the line. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:（([^）]*)）)?");
    private static final Pattern RANGE = Pattern.compile("至|到|—|–|-|～|~");
    private static final Pattern LIST = Pattern.compile("、|和|及");
    private static final Pattern ACTION = Pattern.compile("(放假调休|调休放假|放假|正常休息|休息|调休上班|上班|补班)(?:共?(\\d+)天)?");
    private static final Pattern TOTAL = Pattern.compile("共(\\d+)天");
    private static final Pattern REMARK = Pattern.compile("与周末连休|不调休");
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])");
    private static final String WEEKDAYS = "一二三四五六日";
    private static final int LONGEST_RANGE = 31;
    private static final int LONGEST_TOTAL_DIGITS = 3;

    private final int year;
    private final String name;
    private final int line;
    private final List<ReadDay> days = new ArrayList<>();
    private int daysOffSinceTotal;
    private int lastYear;
    private int lastMonth;

    SentenceReader(int year, String name, int line) {
        this.year = year;
        this.name = name;
        this.line = line;
    }

    List<ReadDay> read(String sentence) {
        for (String clause : split(sentence, "，")) {
            clause(clause);
        }
        return days;
    }

    private void clause(String clause) {
        Matcher total = TOTAL.matcher(clause);
        if (total.matches()) {
            checkTotal(count(total.group(1), clause), daysOffSinceTotal, clause);
            daysOffSinceTotal = 0;
            return;
        }
        if (REMARK.matcher(clause).matches()) {
            return;
        }
        lastYear = year;
        lastMonth = 0;
        List<LocalDate> dates = new ArrayList<>();
        int at = dates(clause, dates);
        if (dates.isEmpty()) {
            throw new Unreadable("cannot read '" + clause + "' (expected dates and 放假, 上班 or 正常休息)");
        }
        String rest = clause.substring(at);
        if (rest.startsWith("是")) {
            return; // "4月22日是肉孜节": the festival's own day, not a day off
        }
        Matcher action = ACTION.matcher(rest);
        if (!action.matches()) {
            throw new Unreadable("after the dates of '" + clause + "': '" + rest
                    + "' is not 放假, 放假调休, 上班 or 正常休息");
        }
        DayChange change = switch (action.group(1)) {
            case "调休上班", "上班", "补班" -> DayChange.WORKING;
            case "正常休息" -> DayChange.NORMAL_REST;
            default -> DayChange.OFF;
        };
        if (action.group(2) != null) {
            checkTotal(count(action.group(2), clause), dates.size(), clause);
        }
        if (change == DayChange.OFF) {
            daysOffSinceTotal += dates.size();
        }
        dates.forEach(date -> days.add(new ReadDay(date, name, change, line)));
    }

    /** Reads the dates at the start of {@code clause} into {@code dates}; returns where they end. */
    private int dates(String clause, List<LocalDate> dates) {
        Matcher date = DATE.matcher(clause);
        int at = 0;
        while (date.region(at, clause.length()).lookingAt()) {
            LocalDate first = date(date);
            at = date.end();
            Matcher range = RANGE.matcher(clause).region(at, clause.length());
            if (range.lookingAt() && date.region(range.end(), clause.length()).lookingAt()) {
                LocalDate last = date(date);
                at = date.end();
                dates.addAll(range(first, last));
            } else {
                dates.add(first);
            }
            Matcher list = LIST.matcher(clause).region(at, clause.length());
            if (!list.lookingAt()) {
                break;
            }
            at = list.end();
        }
        return at;
    }

    private LocalDate date(Matcher date) {
        lastYear = date.group(1) != null ? Integer.parseInt(date.group(1)) : lastYear;
        if (date.group(2) != null) {
            lastMonth = Integer.parseInt(date.group(2));
        } else if (lastMonth == 0) {
            throw new Unreadable("'" + date.group() + "' has no month");
        }
        LocalDate day;
        try {
            day = LocalDate.of(lastYear, lastMonth, Integer.parseInt(date.group(3)));
        } catch (DateTimeException e) {
            throw new Unreadable("'" + date.group() + "' is not a date of " + lastYear);
        }
        checkWeekday(day, date.group(4), date.group());
        return day;
    }

    private static void checkWeekday(LocalDate day, String brackets, String written) {
        Matcher weekday = WEEKDAY.matcher(brackets == null ? "" : brackets);
        if (weekday.find()) {
            DayOfWeek said = DayOfWeek.of(WEEKDAYS.indexOf(weekday.group(1).replace('天', '日')) + 1);
            if (said != day.getDayOfWeek()) {
                throw new Unreadable("'" + written + "': " + day + " is a " + day.getDayOfWeek() + ", not "
                        + weekday.group());
            }
        }
    }

    private static List<LocalDate> range(LocalDate first, LocalDate last) {
        if (!last.isAfter(first) || first.plusDays(LONGEST_RANGE).isBefore(last)) {
            throw new Unreadable("the range " + first + " to " + last + " is not 2 to " + LONGEST_RANGE + " days");
        }
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** The N of "共N天": no holiday has 1000 days, and a longer number is no int (docs/reliability.md, "Fuzzing"). */
    private static int count(String digits, String clause) {
        if (digits.length() > LONGEST_TOTAL_DIGITS) {
            throw new Unreadable("'" + clause + "' names " + digits + " days, more than any holiday has");
        }
        return Integer.parseInt(digits);
    }

    private static void checkTotal(int said, int counted, String clause) {
        if (said != counted) {
            throw new Unreadable("'" + clause + "' but the dates before it name " + counted + " days off");
        }
    }

    /** {@code text} split at any of {@code delimiters} outside brackets (（…） may hold "，" and "、"). */
    static List<String> split(String text, String delimiters) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '（' ? 1 : c == '）' && depth > 0 ? -1 : 0;
            if (depth == 0 && delimiters.indexOf(c) >= 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }
}
