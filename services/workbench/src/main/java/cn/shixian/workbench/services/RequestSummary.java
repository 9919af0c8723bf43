package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/**
 * A request for information (依申请公开申请) as the deadline-service's list gives it: where it stands,
 * without its history.
 *
 * @param dueOn null while the clock stands still (补正, 征求意见) or once withdrawn
 * @param late  null until answered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestSummary(String requestId, String region, String responsibleBody, String applicantType,
                             LocalDate receivedOn, String state, LocalDate dueOn, LocalDate closedOn, String outcome,
                             Boolean late, Integer workingDaysLate) {
}
