package cn.shixian.importer.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable item ids: {@code <region>-<16 hex digits>}, e.g. {@code 654002-6f1c0e9a43b2d871}. The hex
 * digits are the first 8 bytes of SHA-256 over the UTF-8 of
 * <pre>  name₁ U+001F name₂ [U+001F name₃] U+001E n</pre>
 * where the names are the row's 事项 path (一级/二级/三级事项, outline numbers already removed),
 * each NFKC-folded and without white space, and n counts the rows of this file with the same path
 * so far (1 for the first). Re-importing a catalog, or a new edition of it in which an item kept its
 * path, gives the same ids; two rows with one path (a catalog listing 规范性文件 twice, with
 * different 公开内容) get different ids in file order. Not 序号: inserting a row renumbers the
 * rest, and the id would change for every item below it. One instance per imported file.
 */
public final class ItemIds {

    private static final HexFormat HEX = HexFormat.of();

    private final Map<String, Integer> seen = new HashMap<>();

    /** The id of the next row with this path. */
    public String next(String region, List<String> path) {
        String key = key(path);
        int occurrence = seen.merge(key, 1, Integer::sum);
        return region + "-" + HEX.formatHex(sha256(key + '\u001E' + occurrence), 0, 8);
    }

    static String key(List<String> path) {
        StringBuilder key = new StringBuilder();
        for (String name : path) {
            if (!key.isEmpty()) {
                key.append('\u001F');
            }
            Normalizer.normalize(name, Normalizer.Form.NFKC).codePoints()
                    .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                    .forEach(key::appendCodePoint);
        }
        return key.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
