package cn.shixian.workcalendar.notice;

import cn.shixian.workcalendar.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a holiday notice (放假安排通知) as the office publishes it: the State Council's
 * (国务院办公厅关于X年部分节假日安排的通知) or a regional government's. Plain Java, no I/O.
 *
 * <p>A line is an arrangement when it has a section heading ("二、春节：") or names a date together
 * with 放假, 上班, 调休 or 休息; every other line (title, preamble, duties, signature, date of issue)
 * is prose and skipped. An arrangement line must be read completely, sentence by sentence
 * ({@link SentenceReader}); advice that is not a day off ("鼓励各单位……安排职工在除夕休息") is
 * skipped. If any line cannot be read, {@link UnreadableNotice} names every such line and nothing
 * is returned.
 */
public final class NoticeText {

    private static final Pattern ENUMERATOR = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\\d+[、.．])");
    private static final Pattern HEADING = Pattern.compile("^([^：，。；（）\\d]{1,20})：");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{1,2}月\\d{1,2}日");
    private static final Pattern ACTION = Pattern.compile("放假|上班|调休|休息");
    private static final Pattern TITLE = Pattern.compile("(\\d{4})年(.*?)(?:放假|安排|的通知|$)");
    private static final Pattern ADVICE = Pattern.compile("鼓励|倡导|提倡|建议");

    private NoticeText() {
    }

    /** Reads {@code text} as a notice of {@code region} for the year its title names. */
    public static ReadNotice read(String text, RegionCode region) {
        return read(text, region, 0);
    }

    /**
     * Reads {@code text} as a notice of {@code region} for {@code year}: a title naming another year
     * is refused; a text without a title year (an excerpt) is taken as {@code year}'s.
     *
     * @param year the year the caller expects, 0 for the one the title names
     */
    public static ReadNotice read(String text, RegionCode region, int year) {
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        List<UnreadableNotice.Problem> problems = new ArrayList<>();
        Title title = title(lines, year, problems);
        Map<LocalDate, ReadDay> days = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            try {
                for (ReadDay day : arrangement(normalised(lines[i]), title, number)) {
                    ReadDay before = days.putIfAbsent(day.date(), day);
                    if (before != null) {
                        throw new SentenceReader.Unreadable(day.date() + " is named on line " + before.line()
                                + " already" + (before.change() == day.change() ? "" : " as " + before.change()));
                    }
                }
            } catch (SentenceReader.Unreadable e) {
                problems.add(new UnreadableNotice.Problem(number, lines[i], e.getMessage()));
            }
        }
        if (problems.isEmpty() && days.isEmpty()) {
            problems.add(new UnreadableNotice.Problem(1, lines[0], "no line of the text names a day off or a working day"));
        }
        if (!problems.isEmpty()) {
            throw new UnreadableNotice(problems);
        }
        return new ReadNotice(region, title.year(), List.copyOf(days.values()));
    }

    /** The year and holiday of the title line ("……关于2024年“壮族三月三”放假的通知"). */
    private record Title(int year, String name) {
    }

    private static Title title(String[] lines, int expectedYear, List<UnreadableNotice.Problem> problems) {
        for (int i = 0; i < lines.length; i++) {
            String line = normalised(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = TITLE.matcher(line);
            if (isArrangement(line) || !(line.contains("通知") || line.contains("安排")) || !m.find()) {
                break;
            }
            int year = Integer.parseInt(m.group(1));
            if (expectedYear != 0 && year != expectedYear) {
                problems.add(new UnreadableNotice.Problem(i + 1, lines[i], "the title is for " + year
                        + ", expected " + expectedYear));
            }
            return new Title(year, holidayName(m.group(2)));
        }
        if (expectedYear == 0) {
            problems.add(new UnreadableNotice.Problem(1, lines.length == 0 ? "" : lines[0],
                    "no title naming the year (国务院办公厅关于X年部分节假日安排的通知) on the first line"));
        }
        return new Title(expectedYear, "");
    }

    /** The holiday a title names, unless it names several ("部分节假日", "节假日放假和冬夏季作息时间"). */
    private static String holidayName(String named) {
        String name = named.replaceAll("[“”\"「」《》]", "");
        return name.contains("节假日") || name.length() > 12 ? "" : name;
    }

    private static List<ReadDay> arrangement(String line, Title title, int number) {
        String body = ENUMERATOR.matcher(line).replaceFirst("");
        Matcher heading = HEADING.matcher(body);
        boolean headed = heading.find();
        if (!(headed ? ACTION.matcher(body).find() || MONTH_DAY.matcher(body).find() : isArrangement(body))) {
            return List.of();
        }
        String name = headed ? heading.group(1) : title.name();
        if (headed) {
            body = body.substring(heading.end());
        }
        List<ReadDay> days = new ArrayList<>();
        for (String sentence : SentenceReader.split(body, "。；")) {
            if (!sentence.isEmpty() && !ADVICE.matcher(sentence).find()) {
                new SentenceReader(title.year(), name, number).read(sentence).forEach(days::add);
            }
        }
        if (days.isEmpty()) {
            throw new SentenceReader.Unreadable("names no day that I can read (expected e.g. 1月1日至3日放假)");
        }
        return days;
    }

    private static boolean isArrangement(String line) {
        return MONTH_DAY.matcher(line).find() && ACTION.matcher(line).find();
    }

    /** Full-width digits and ASCII punctuation as the notices write them; no white space (PDF and Word dumps). */
    static String normalised(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            out.append(switch (c) {
                case '(' -> '（';
                case ')' -> '）';
                case ':' -> '：';
                case ',' -> '，';
                case ';' -> '；';
                default -> c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
            });
        }
        return out.toString();
    }
}
