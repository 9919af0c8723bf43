package cn.shixian.importer.header;

import java.text.Normalizer;

/**
 * Normalises a header cell so that the ways catalogs spell a column compare equal: full-width
 * forms become ASCII (NFKC: （要素） and (要素) alike, full-width spaces), all white space goes
 * (line breaks inside a header cell, "公开 时限", "公开主\n体" of PDF conversions), and so do
 * required-field stars and a trailing colon.
 */
public final class HeaderText {

    private HeaderText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '*')
                .map(HeaderText::bracket)
                .forEach(out::appendCodePoint);
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ':') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** The other brackets catalogs put around 要素. */
    private static int bracket(int c) {
        return switch (c) {
            case '[', '【', '〔', '［' -> '(';
            case ']', '】', '〕', '］' -> ')';
            default -> c;
        };
    }
}
