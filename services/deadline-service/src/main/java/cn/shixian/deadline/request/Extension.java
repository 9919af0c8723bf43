package cn.shixian.deadline.request;

import java.time.LocalDate;

/** An approved extension of the answer period (延期答复, art. 33). */
public record Extension(LocalDate on, int workingDays, String approvedBy, String reason) {
}
