package cn.shixian.workcalendar;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative division code (行政区划代码), or a prefix of one: 2 digits for a
 * province (65 新疆), 4 for a prefecture (6540 伊犁州), 6 for a county (654002 伊宁市). Odd lengths
 * name no level of the hierarchy and are rejected. {@code 00} is the whole country.
 */
public record RegionCode(String code) {

    // provinces are 11-82; declared before NATIONAL, as static fields initialise in order
    private static final Pattern CODE = Pattern.compile("(00|[1-8][0-9])([0-9]{2}){0,2}");

    /** The whole country: the State Council's notices only. */
    public static final RegionCode NATIONAL = new RegionCode("00");

    public RegionCode {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new CalendarException.InvalidRegion("region code must be 2, 4 or 6 digits of GB/T 2260"
                    + " (e.g. 65, 6540, 654002), was '" + code + "'");
        }
    }

    /** Parses a code, ignoring surrounding blanks; throws {@link CalendarException.InvalidRegion}. */
    public static RegionCode of(String code) {
        return new RegionCode(code == null ? null : code.strip());
    }

    /** Whether this code lies in the area of {@code prefix} (65 contains 654002 and 65 itself). */
    public boolean within(RegionCode prefix) {
        return code.startsWith(prefix.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
