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

    /** 一 … 日, or Mo … Su: a small calendar's column headings, Monday first. */
    public java.util.List<String> weekdayNames() {
        return Dates.chinese(locale()) ? java.util.List.of("一", "二", "三", "四", "五", "六", "日")
                : java.util.List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    }

    /** An event's own RFC 3339 time (as its sender wrote it) in the region's zone; the text itself if unreadable. */
    public String eventTime(String rfc3339, String region) {
        try {
            return time(java.time.OffsetDateTime.parse(rfc3339).toInstant(), region);
        } catch (RuntimeException unreadable) {
            return rfc3339 == null ? "" : rfc3339;
        }
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
