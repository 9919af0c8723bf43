package cn.shixian.importer.seed;

import cn.shixian.importer.row.CellText;
import cn.shixian.importer.row.ItemNames;
import java.util.regex.Pattern;

/** Clean-ups the seed dumps need: their white space is layout, not text. */
final class SeedText {

    private static final Pattern WHITE = Pattern.compile("[\\s\\u3000\\u00A0]+");

    private SeedText() {
    }

    /** White space runs as one space: for long texts whose spaces separate entries. */
    static String collapse(String text) {
        return WHITE.matcher(text).replaceAll(" ").strip();
    }

    /** {@link CellText#tidy}: also drops spaces between Chinese characters (PDF line wraps). */
    static String glue(String text) {
        return CellText.tidy(text);
    }

    /** A 事项 name: glued, outline number ("1.1", "2.") removed. */
    static String name(String text) {
        return ItemNames.clean(text);
    }

    /** Every character without white space: a narrow PDF column whose lines wrap anywhere. */
    static String joined(String text) {
        return WHITE.matcher(text).replaceAll("");
    }

    static boolean isNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
