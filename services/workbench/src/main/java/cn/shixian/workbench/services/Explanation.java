package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * Why an obligation is due on its day (期限计算说明): every day from the start day to the due date,
 * counted or skipped, and the runs of days off and make-up working days with their names.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Explanation(String itemId, int version, String region, LocalDate changedOn, int workingDays,
                          LocalDate dueOn, String calendarVersion, String currentCalendarVersion,
                          boolean calendarChanged, boolean provisional, List<Day> days, List<Span> spans,
                          String countUnit, LocalDate countedFrom) {

    public Explanation {
        days = days == null ? List.of() : List.copyOf(days);
        spans = spans == null ? List.of() : List.copyOf(spans);
        countUnit = countUnit == null ? "WORKING" : countUnit; // a deadline-service older than the field counted working days
        countedFrom = countedFrom == null ? changedOn : countedFrom;
    }

    /**
     * The message key of the sentence stating how the due date was counted, with the arguments {0} the
     * start day ({@code countedFrom}), {1} N, {2} the due date: working days (0 = immediate), calendar
     * days (日历日, 民法典 arts. 201, 203) or a date the catalog names.
     */
    public String ruleKey() {
        return switch (countUnit) {
            case "CALENDAR" -> "item.ruleCalendar";
            case "FIXED" -> "item.ruleFixed";
            default -> workingDays == 0 ? "item.ruleZero" : "item.rule";
        };
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate date, String kind, boolean counted, Integer ordinal, List<String> names,
                      boolean provisional) {

        public Day {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(LocalDate from, LocalDate to, String kind, List<String> names, int days) {

        public Span {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }
}
