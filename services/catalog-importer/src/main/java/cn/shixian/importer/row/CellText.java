package cn.shixian.importer.row;

import java.util.regex.Pattern;

/**
 * Tidies cell text for events. Runs of white space (line breaks, full-width spaces) become one
 * space; a space between two Chinese characters goes, because Chinese is written without spaces
 * and such a space is a line wrap of a PDF or Word conversion ("社会保险 登记", "公开主\n体").
 */
public final class CellText {

    private static final Pattern WHITE = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private CellText() {
    }

    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = WHITE.matcher(text).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(collapsed.length());
        for (int i = 0; i < collapsed.length(); i++) {
            char c = collapsed.charAt(i);
            boolean wrap = c == ' ' && i > 0 && i + 1 < collapsed.length()
                    && isChinese(collapsed.charAt(i - 1)) && isChinese(collapsed.charAt(i + 1));
            if (!wrap) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Han characters and the full-width punctuation written between them (，、（）《》…). */
    static boolean isChinese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
