package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One obligation of the alerting read model as a worklist row (待办事项): what is owed, by when,
 * and how far along its clock is, in working days.
 *
 * @param period    the period of a periodic obligation (2025-Q3), null for the others
 * @param limitKind the kind of its time limit (WORKING_DAYS, CALENDAR_DAYS, IMMEDIATE, FIXED_DATE, PERIODIC);
 *                  null for a request and for obligations opened before the field
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkItem(String itemId, int version, String title, String region, String responsibleBody,
                       List<String> category, String state, Instant stateSince, LocalDate changedOn, LocalDate dueOn,
                       Instant dueAt, String calendarVersion, boolean provisional, Instant publishedAt,
                       Integer workingDaysLate, Integer workingDaysLeft, Integer workingDaysOverdue,
                       String openAlertId, String period, String limitKind) {

    public WorkItem {
        category = category == null ? List.of() : List.copyOf(category);
    }

    /** The catalog path, 一级 / 二级 / 三级事项. */
    public String categoryPath() {
        return String.join(" / ", category);
    }
}
