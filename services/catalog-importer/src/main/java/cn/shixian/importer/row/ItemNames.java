package cn.shixian.importer.row;

import java.util.regex.Pattern;

/**
 * The name of a 事项 (catalog item) as the event carries it: {@link CellText#tidy tidied}, without
 * the outline number catalogs put before it ("1.社会保险登记", "1.1机关事业单位社会保险登记",
 * "（一）社会保险", "一、行政审批"), which changes when rows are inserted and names nothing.
 * A number that is part of the name ("12333热线") stays: only numbers ending in a dot or 、 and
 * dotted outline numbers are outline numbers.
 */
public final class ItemNames {

    private static final Pattern OUTLINE = Pattern.compile(
            "^(?:\\d+(?:[.．]\\d+)+[.．、]?|\\d+[.．、]|[（(][一二三四五六七八九十百\\d]+[)）]|[一二三四五六七八九十百]+、)\\s*(?=\\S)");

    private ItemNames() {
    }

    public static String clean(String cell) {
        return OUTLINE.matcher(CellText.tidy(cell)).replaceFirst("");
    }
}
