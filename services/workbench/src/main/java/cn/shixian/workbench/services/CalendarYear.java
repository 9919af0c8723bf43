package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A region's working-day calendar for one year (工作日历), with the notices it rests on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CalendarYear(String region, int year, String calendarVersion, boolean provisional, List<Day> days,
                           List<Notice> notices) {

    public CalendarYear {
        days = days == null ? List.of() : List.copyOf(days);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate date, boolean workingDay, String kind, List<String> names, boolean provisional) {

        public Day {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notice(String region, int year, String source, String confidence, boolean confirmed, String origin) {
    }
}
