package cn.shixian.alerting.obligation;

import cn.shixian.workcalendar.RegionCode;
import java.util.regex.Pattern;

/**
 * A region of the read model, of a route or of a filter as the working-day calendar's region code
 * (日历地区): a GB/T 2260 code or prefix counts with its own holidays (Xinjiang's 肉孜节 for 65…);
 * anything else (a blank, a code the calendar does not know) counts as national.
 */
public final class CalendarRegion {

    private static final Pattern CODE = Pattern.compile("([1-8][0-9])([0-9]{2}){0,2}");

    private CalendarRegion() {
    }

    public static RegionCode of(String region) {
        return region != null && CODE.matcher(region).matches() ? RegionCode.of(region) : RegionCode.NATIONAL;
    }
}
