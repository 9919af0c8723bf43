package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One request's answer clock (申请办理时限) as the deadline-service explains it: receipt, due date and
 * why, each pause (补正, 征求意见) and extension (延期), the flags of 条例 arts. 30 and 32, the steps
 * and the answer.
 *
 * @param dueOn       the last day to answer on; null while the clock stands still or once withdrawn
 * @param startedFrom RECEIPT or CORRECTION: what the period counts from
 * @param answer      null until answered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestClock(String requestId, String region, String responsibleBody, String subject,
                           String applicantType, String channel, String itemId, LocalDate receivedOn, String state,
                           LocalDate dueOn, LocalDate countedDueOn, String dueReason, LocalDate startedOn,
                           String startedFrom, int workingDays, int extensionDays, boolean provisional,
                           String calendarVersion, List<Pause> pauses, List<Extension> extensions, List<Flag> flags,
                           List<Step> steps, Answer answer, LocalDate closedOn) {

    public RequestClock {
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        flags = flags == null ? List.of() : List.copyOf(flags);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A time the clock stood still: CORRECTION (补正) or CONSULTATION (征求意见); {@code until} null while it lasts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pause(String kind, LocalDate from, LocalDate until, int workingDays, String detail,
                        String partyKind) {
    }

    /** An approved extension (延期答复). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Extension(LocalDate on, int workingDays, String approvedBy, String reason) {
    }

    /** Something the law asks for that was not kept to (LATE_CORRECTION_REQUEST, LONG_THIRD_PARTY_CONSULTATION). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Flag(String kind, LocalDate on, int workingDays, int limit, String message) {
    }

    /** One line of the clock's history and the due date after it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(LocalDate on, String kind, LocalDate dueOn, String note) {
    }

    /** The answer: its outcome (a row of the yearly report) with the form's wording, on time or late. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String outcome, String outcomeLabel, LocalDate answeredOn, boolean onTime,
                         int workingDaysLate) {
    }
}
