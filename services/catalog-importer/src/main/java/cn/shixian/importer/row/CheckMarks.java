package cn.shixian.importer.row;

import java.util.regex.Pattern;

/**
 * Reads a check-mark cell (勾选) of 公开对象 or 公开方式: ■ ● √ ✓ ✔ ☑, a cell that says 是 (yes)
 * and an HTML {@code <input type="checkbox" checked>} (web and Word-to-HTML exports) are checked;
 * □ ☐ ○, a cell that says 否 (no), an unchecked {@code <input>} and a blank cell are not. 是 and 否
 * count only as the whole cell: inside a text (a channel named 是否…) they are words, not marks.
 */
public final class CheckMarks {

    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECKED_ATTRIBUTE = Pattern.compile("\\schecked(\\s*=|\\s|/|>|$)", Pattern.CASE_INSENSITIVE);
    private static final String CHECKED = "■●√✓✔☑";
    private static final String UNCHECKED = "□☐○";
    private static final String YES = "是";
    private static final String NO = "否";

    private CheckMarks() {
    }

    public static boolean isChecked(String cell) {
        if (cell == null || cell.isBlank()) {
            return false;
        }
        var inputs = INPUT.matcher(cell);
        boolean anyInput = false;
        while (inputs.find()) {
            anyInput = true;
            if (isCheckedInput(inputs.group())) {
                return true;
            }
        }
        return !anyInput && (cell.strip().equals(YES) || cell.codePoints().anyMatch(c -> CHECKED.indexOf(c) >= 0));
    }

    /** Whether the cell holds any mark, checked or not: then it is a check-mark cell, not text. */
    public static boolean hasMarks(String cell) {
        return cell != null && (INPUT.matcher(cell).find() || cell.strip().equals(YES) || cell.strip().equals(NO)
                || cell.codePoints().anyMatch(c -> CHECKED.indexOf(c) >= 0 || UNCHECKED.indexOf(c) >= 0));
    }

    static boolean isCheckedInput(String inputTag) {
        return CHECKED_ATTRIBUTE.matcher(inputTag).find();
    }

    static boolean isCheckMark(int codePoint) {
        return CHECKED.indexOf(codePoint) >= 0;
    }

    static boolean isBox(int codePoint) {
        return isCheckMark(codePoint) || UNCHECKED.indexOf(codePoint) >= 0;
    }
}
