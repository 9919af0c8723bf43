package cn.shixian.workcalendar.timelimit;

import cn.shixian.workcalendar.WorkingDayCalendar;

/**
 * Numbers in a time-limit text: Arabic digits, full-width digits (全角数字 ０-９) and Chinese numerals
 * (中文数字 such as 二十, 十五, 一百零五, 两).
 *
 * <p>A number read is returned packed into a {@code long} (end index in the high half, value in the
 * low half) rather than as an object, so reading a text allocates nothing: the parser runs once per
 * event. Values are capped at {@link #CAP}, just above what the calendar counts, so a long run of
 * digits cannot overflow.
 */
final class Numerals {

    /** The value of a decimal such as 1.5: a fraction of a day is no working-day count. */
    static final int NOT_WHOLE = Integer.MIN_VALUE;
    /** Values above the calendar's maximum all read as this. */
    static final int CAP = WorkingDayCalendar.MAX_WORKING_DAYS + 1;

    private Numerals() {
    }

    /** The start of the first number at or after {@code from}, or -1. */
    static int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isNumeral(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the number starting at {@code start} (see {@link #end} and {@link #value}). */
    static long read(String text, int start) {
        return arabic(text.charAt(start)) >= 0 ? readArabic(text, start) : readChinese(text, start);
    }

    /** The index just after a number {@link #read}. */
    static int end(long number) {
        return (int) (number >>> 32);
    }

    /** The value of a number {@link #read}: up to {@link #CAP}, or {@link #NOT_WHOLE}. */
    static int value(long number) {
        return (int) number;
    }

    private static long pack(int end, int value) {
        return ((long) end << 32) | (value & 0xFFFF_FFFFL);
    }

    private static boolean isNumeral(char c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9';
        }
        return arabic(c) >= 0 || chineseDigit(c) >= 0 || chineseUnit(c) > 0;
    }

    /** 0-9 for ASCII and full-width digits, else -1. */
    static int arabic(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= '０' && c <= '９' ? c - '０' : -1;
    }

    private static long readArabic(String text, int start) {
        long value = 0;
        int i = start;
        for (; i < text.length() && arabic(text.charAt(i)) >= 0; i++) {
            value = Math.min(CAP, value * 10 + arabic(text.charAt(i)));
        }
        if (isDecimalPoint(text, i)) {
            return pack(skipDigits(text, i + 1), NOT_WHOLE);
        }
        return pack(i, (int) value);
    }

    /** A '.' between digits: "1.5". A list number "1.批量制卡" has no digit after the point. */
    private static boolean isDecimalPoint(String text, int i) {
        return i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '．')
                && arabic(text.charAt(i + 1)) >= 0;
    }

    private static int skipDigits(String text, int i) {
        int at = i;
        while (at < text.length() && arabic(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    /**
     * 二十 = 20, 十五 = 15, 一百零五 = 105, 两 = 2: digits accumulate and a unit (十百千) multiplies the
     * digit before it (1 if none, as in 十五).
     */
    private static long readChinese(String text, int start) {
        long total = 0;
        long digits = 0;
        int i = start;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (chineseDigit(c) >= 0) {
                digits = Math.min(CAP, digits * 10 + chineseDigit(c));
            } else if (chineseUnit(c) > 0) {
                total = Math.min(CAP, total + Math.max(digits, 1) * chineseUnit(c));
                digits = 0;
            } else {
                break;
            }
        }
        return pack(i, (int) Math.min(CAP, total + digits));
    }

    private static int chineseDigit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int chineseUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
