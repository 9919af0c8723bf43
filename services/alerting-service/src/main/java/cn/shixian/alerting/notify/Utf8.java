package cn.shixian.alerting.notify;

import java.nio.charset.StandardCharsets;

/** Cuts text to a byte limit without splitting a character, and says that it did. */
final class Utf8 {

    static final String CUT = "\n\n……（内容过长，其余请查看时间线）";

    private Utf8() {
    }

    static String truncate(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - CUT.getBytes(StandardCharsets.UTF_8).length;
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        // end at a line break where there is one, so no Markdown link is cut in half
        int lineEnd = text.lastIndexOf('\n', end);
        return text.substring(0, lineEnd > 0 ? lineEnd : end) + CUT;
    }
}
