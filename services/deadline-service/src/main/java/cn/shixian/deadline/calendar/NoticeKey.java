package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.RegionCode;

/**
 * How a notice's region is written at the edges: {@code CN} (or {@code 00}) for the State
 * Council's national notice, else a GB/T 2260 prefix. The workcalendar calls the nation {@code 00};
 * the contracts and the API say {@code CN}.
 */
final class NoticeKey {

    static final String NATIONAL = "CN";

    private NoticeKey() {
    }

    static RegionCode region(String pathRegion) {
        return NATIONAL.equalsIgnoreCase(pathRegion) ? RegionCode.NATIONAL : RegionCode.of(pathRegion);
    }

    static String name(RegionCode region) {
        return region.equals(RegionCode.NATIONAL) ? NATIONAL : region.code();
    }
}
