package cn.shixian.workcalendar;

import cn.shixian.workcalendar.FestivalDate.ChineseLunar;
import cn.shixian.workcalendar.FestivalDate.ChineseNewYearsEve;
import cn.shixian.workcalendar.FestivalDate.Gregorian;
import cn.shixian.workcalendar.FestivalDate.Qingming;
import java.util.Comparator;
import java.util.List;

/**
 * One version of 《全国年节及纪念日放假办法》 (the national holiday law): the statutory days off
 * (法定节假日) it grants to all citizens, in force from {@code firstYear} until the next version.
 * Provisional years are computed from the version in force that year.
 *
 * @param decree the State Council decree that enacted it
 */
record HolidayLaw(String decree, int firstYear, List<StatutoryHoliday> holidays) {

    /** A statutory holiday: {@code days} consecutive days off from {@code firstDay}. */
    record StatutoryHoliday(String name, FestivalDate firstDay, int days) {
    }

    private static final StatutoryHoliday NEW_YEAR = new StatutoryHoliday("元旦", new Gregorian(1, 1), 1);
    private static final StatutoryHoliday QINGMING = new StatutoryHoliday("清明节", new Qingming(), 1);
    private static final StatutoryHoliday DRAGON_BOAT = new StatutoryHoliday("端午节", new ChineseLunar(5, 5), 1);
    private static final StatutoryHoliday MID_AUTUMN = new StatutoryHoliday("中秋节", new ChineseLunar(8, 15), 1);
    private static final StatutoryHoliday NATIONAL_DAY = new StatutoryHoliday("国庆节", new Gregorian(10, 1), 3);
    private static final StatutoryHoliday SPRING_FROM_FIRST = new StatutoryHoliday("春节", new ChineseLunar(1, 1), 3);
    private static final StatutoryHoliday LABOUR_DAY_ONE = new StatutoryHoliday("劳动节", new Gregorian(5, 1), 1);

    static final List<HolidayLaw> VERSIONS = List.of(
            new HolidayLaw("国务院令第270号 (1999)", 2000, List.of(NEW_YEAR, SPRING_FROM_FIRST,
                    new StatutoryHoliday("劳动节", new Gregorian(5, 1), 3), NATIONAL_DAY)),
            new HolidayLaw("国务院令第513号 (2007)", 2008, List.of(NEW_YEAR,
                    new StatutoryHoliday("春节", new ChineseNewYearsEve(), 3),
                    QINGMING, LABOUR_DAY_ONE, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY)),
            new HolidayLaw("国务院令第644号 (2013)", 2014, List.of(NEW_YEAR, SPRING_FROM_FIRST,
                    QINGMING, LABOUR_DAY_ONE, DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY)),
            new HolidayLaw("国务院令第795号 (2024)", 2025, List.of(NEW_YEAR,
                    new StatutoryHoliday("春节", new ChineseNewYearsEve(), 4), QINGMING,
                    new StatutoryHoliday("劳动节", new Gregorian(5, 1), 2), DRAGON_BOAT, MID_AUTUMN, NATIONAL_DAY)));

    /** The version in force in {@code year} (the earliest for years before it). */
    static HolidayLaw inForce(int year) {
        return VERSIONS.stream().filter(law -> law.firstYear() <= year)
                .max(Comparator.comparingInt(HolidayLaw::firstYear))
                .orElse(VERSIONS.getFirst());
    }
}
