package cn.shixian.workbench.web;

import cn.shixian.workbench.WorkbenchSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What templates call as {@code @fmt}: dates in the officer's language, times in the region's zone,
 * rates as percentages.
 */
@Component("fmt")
public class Formats {

    private final WorkbenchSettings settings;

    Formats(WorkbenchSettings settings) {
        this.settings = settings;
    }

    public String date(LocalDate date) {
        return Dates.date(date, locale());
    }

    public String monthDay(LocalDate date) {
        return Dates.monthDay(date, locale());
    }

    public String weekday(LocalDate date) {
        return Dates.weekday(date.getDayOfWeek(), locale());
    }

    /** 周一 … 周日, or Mon … Sun: a calendar's column headings, Monday first. */
    public java.util.List<String> weekdayNames() {
        return java.util.Arrays.stream(java.time.DayOfWeek.values()).map(d -> Dates.weekday(d, locale())).toList();
    }

    public String time(Instant instant, String region) {
        return Dates.dateTime(instant, settings.zoneOf(region), locale());
    }

    public LocalDate localDate(Instant instant, String region) {
        return instant == null ? null : instant.atZone(settings.zoneOf(region)).toLocalDate();
    }

    /** The lamp (红黄绿灯) of an obligation state. */
    public Lamp lamp(String state) {
        return Lamp.of(state);
    }

    /** {@code 87.5%}, or {@code —} when nothing was published yet. */
    public String rate(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
