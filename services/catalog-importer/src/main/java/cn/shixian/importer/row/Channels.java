package cn.shixian.importer.row;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads 公开渠道和载体 (publication channels) into a list. A cell of check boxes
 * ("■政府网站 □政府公报 ■政务服务中心", or HTML {@code <input type="checkbox" checked/> 政府网站})
 * yields the checked entries; plain text is split on 、 , ， ; ； and line breaks. "其他 X" (the
 * "other" box with its text) yields X.
 */
public final class Channels {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\r\\n]+");
    private static final Pattern OTHER = Pattern.compile("^其他[:：\\s]+(\\S.*)$");

    private Channels() {
    }

    public static List<String> read(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> entries = CheckMarks.INPUT.matcher(cell).find() ? inputs(cell) : marked(strip(cell));
        Set<String> channels = new LinkedHashSet<>();
        for (String entry : entries) {
            for (String part : SEPARATORS.split(entry)) {
                String channel = clean(part);
                if (!channel.isEmpty()) {
                    channels.add(channel);
                }
            }
        }
        return List.copyOf(channels);
    }

    /** Each {@code <input>} and the text after it, up to the next one. */
    private static List<String> inputs(String cell) {
        List<String> checked = new ArrayList<>();
        Matcher input = CheckMarks.INPUT.matcher(cell);
        List<int[]> tags = new ArrayList<>();
        while (input.find()) {
            tags.add(new int[] {input.start(), input.end()});
        }
        for (int i = 0; i < tags.size(); i++) {
            int end = i + 1 < tags.size() ? tags.get(i + 1)[0] : cell.length();
            if (CheckMarks.isCheckedInput(cell.substring(tags.get(i)[0], tags.get(i)[1]))) {
                checked.add(strip(cell.substring(tags.get(i)[1], end)));
            }
        }
        return checked;
    }

    /** Box-marked entries ("■A □B"): the checked ones; text without marks is one entry. */
    private static List<String> marked(String text) {
        if (text.codePoints().noneMatch(CheckMarks::isBox)) {
            return List.of(text);
        }
        List<String> checked = new ArrayList<>();
        int start = -1;
        boolean on = false;
        for (int i = 0; i <= text.length(); i++) {
            int c = i < text.length() ? text.charAt(i) : '■';
            if (CheckMarks.isBox(c)) {
                if (start >= 0 && on) {
                    checked.add(text.substring(start, i));
                }
                start = i + 1;
                on = CheckMarks.isCheckMark(c);
            }
        }
        return checked;
    }

    private static String strip(String html) {
        return TAG.matcher(html).replaceAll(" ");
    }

    private static String clean(String part) {
        String channel = part.replaceAll("[\\s\\u3000\\u00A0]+", " ").strip();
        Matcher other = OTHER.matcher(channel);
        return other.matches() ? other.group(1).strip() : channel;
    }
}
