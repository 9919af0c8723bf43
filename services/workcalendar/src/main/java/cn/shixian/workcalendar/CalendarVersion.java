package cn.shixian.workcalendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which calendar produced a result (日历版本): a content hash of everything the result depends on,
 * i.e. the working days of the region over the whole supported range and which years are
 * provisional and why. Equal data gives an equal version on any machine and in any run; loading
 * a notice that changes a region's days changes that region's version, and only that region's.
 *
 * @param value {@code cal-} and 16 hex digits of a SHA-256, e.g. {@code cal-3f9a0c…}; store this text
 */
public record CalendarVersion(String value) {

    public CalendarVersion {
        if (value == null || !value.matches("cal-[0-9a-f]{16}")) {
            throw new IllegalArgumentException("a calendar version looks like cal-<16 hex digits>, was " + value);
        }
    }

    static CalendarVersion hashOf(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return new CalendarVersion("cal-" + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static CalendarVersion hashOf(String content) {
        return hashOf(content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value;
    }
}
