package cn.shixian.workcalendar;

import java.util.List;

/**
 * Regional holidays added to the national calendar for every region code within {@code prefix}
 * (e.g. 65 = 新疆维吾尔自治区). Pure data: a new region needs a JSON file, no code.
 */
public record RegionOverlay(String prefix, String name, String legalBasis, List<RegionalFestival> festivals) {

    public RegionOverlay {
        RegionCode.of(prefix);
        festivals = List.copyOf(festivals);
    }
}
