package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;

/** One alert (预警) the sweep raised, with its acknowledgement (确认) if any. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertItem(String id, String type, String itemId, int version, String region, String responsibleBody,
                        String title, LocalDate dueOn, Integer workingDaysLeft, Integer workingDaysOverdue,
                        Instant raisedAt, boolean acknowledged, String acknowledgedBy, Instant acknowledgedAt,
                        String ackComment) {
}
