package cn.shixian.workcalendar.timelimit;

/**
 * Word matching that ignores white space, without copying the text.
 *
 * <p>Catalogs come from Word and PDF dumps that break words anywhere ("个工 作日", "日起20个\n工作日内",
 * full-width spaces), so every match skips white space between characters. Matching in place rather
 * than normalising a copy keeps {@link TimeLimitParser} free of per-call allocation; candidates are
 * found with {@link String#indexOf(int, int)}, a JIT intrinsic.
 */
final class Chars {

    /** Characters that end a clause (分句): an extension (延长) or a date (月) counts only within its clause. */
    private static final String CLAUSE_ENDS = "，,。；;：:、！!？?（）()【】[]";

    private Chars() {
    }

    /** White space, including the full-width space (全角空格), no-break and zero-width spaces. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        if (c >= 0x3400 && c < 0xFE00) {
            return false; // CJK ideographs, the bulk of every text: Unicode has no space among them
        }
        return Character.isSpaceChar(c) || Character.isWhitespace(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isBlank(String text) {
        return skipSpace(text, 0) == text.length();
    }

    /** The first index at or after {@code i} that is not white space (the length if none). */
    static int skipSpace(String text, int i) {
        int at = i;
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The index after {@code word} if it starts at {@code i} (white space skipped), else -1. */
    static int match(String text, int i, String word) {
        int at = i;
        for (int w = 0; w < word.length(); w++) {
            at = skipSpace(text, at);
            if (at == text.length() || text.charAt(at) != word.charAt(w)) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /** The index after whichever of {@code words} starts at {@code i}, else -1. */
    static int matchAny(String text, int i, String[] words) {
        for (String word : words) {
            int end = match(text, i, word);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** Whether {@code word} lies entirely within [from, to). */
    static boolean contains(String text, int from, int to, String word) {
        for (int i = text.indexOf(word.charAt(0), from); i >= 0 && i < to; i = text.indexOf(word.charAt(0), i + 1)) {
            int end = match(text, i, word);
            if (end >= 0 && end <= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code words} lies within [from, to). */
    static boolean containsAny(String text, int from, int to, String[] words) {
        for (String word : words) {
            if (contains(text, from, to, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code words} occurs in the text. */
    static boolean containsAny(String text, String[] words) {
        return containsAny(text, 0, text.length(), words);
    }

    /** The start of the last {@code word} that begins before {@code before}, or -1. */
    static int lastIndexOf(String text, int before, String word) {
        for (int i = text.lastIndexOf(word.charAt(0), before - 1); i >= 0; i = text.lastIndexOf(word.charAt(0), i - 1)) {
            if (match(text, i, word) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The start of the clause that {@code i} lies in: just after the previous clause end, or 0. */
    static int clauseStart(String text, int i) {
        int at = i;
        while (at > 0 && CLAUSE_ENDS.indexOf(text.charAt(at - 1)) < 0) {
            at--;
        }
        return at;
    }
}
