package cn.shixian.workcalendar;

import java.util.List;

/**
 * Regional holidays (地方性假日) added to the national calendar for every region code within
 * {@code prefix} (e.g. 65 = 新疆维吾尔自治区, 2224 = 延边州). Pure data: a new region needs a JSON
 * file, no code. Where a year's regional notice is loaded its days apply; otherwise the festivals
 * are computed and the year is provisional for the region.
 *
 * @param legalBasis the regulation that grants the days off
 */
public record RegionOverlay(RegionCode prefix, String name, String legalBasis, List<RegionalFestival> festivals) {

    public RegionOverlay {
        if (prefix == null || prefix.equals(RegionCode.NATIONAL) || festivals == null || festivals.isEmpty()) {
            throw new CalendarException.InvalidNotice("a regional overlay needs a region prefix other than 00 and"
                    + " at least one festival, had " + prefix);
        }
        name = name == null ? "" : name;
        legalBasis = legalBasis == null ? "" : legalBasis;
        festivals = List.copyOf(festivals);
    }
}
