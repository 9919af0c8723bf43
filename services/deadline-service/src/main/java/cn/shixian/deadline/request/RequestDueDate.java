package cn.shixian.deadline.request;

import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's due date (答复期限届满日) and why it is that day: the answer period counted from its
 * start, plus the working days of each consultation since then and of each extension. Moving the
 * due date by k working days is the same as counting k more after the start, since every due date
 * of n ≥ 1 working days is itself a working day.
 *
 * @param startedOn      the day the period counts from (not counted itself)
 * @param start          whether that is the receipt or the corrected application (补正后重新起算)
 * @param answerDays     the answer period (20)
 * @param consultations  the ended consultations since {@code startedOn}, each adding its working days
 * @param extensions     every extension of the request, each adding its working days
 * @param provisional    a day that decided it lies in a year without a loaded holiday notice
 */
public record RequestDueDate(LocalDate startedOn, Start start, int answerDays, List<Pause> consultations,
                             List<Extension> extensions, LocalDate dueOn, boolean provisional,
                             String calendarVersion) {

    /** What the period counts from. */
    public enum Start {
        /** 收到申请之日. */
        RECEIPT,
        /** 收到补正申请之日 (art. 30). */
        CORRECTION
    }

    public RequestDueDate {
        consultations = List.copyOf(consultations);
        extensions = List.copyOf(extensions);
    }

    static RequestDueDate count(LocalDate startedOn, Start start, List<Pause> consultations,
                                List<Extension> extensions, RegionCode region, RequestRules rules) {
        int answerDays = rules.limits().answer();
        int total = answerDays + sum(consultations.stream().mapToInt(Pause::workingDays).sum(),
                extensions.stream().mapToInt(Extension::workingDays).sum());
        DueDate due = rules.due(startedOn, total, region);
        return new RequestDueDate(startedOn, start, answerDays, consultations, extensions, due.date(),
                due.provisional(), due.calendarVersion().value());
    }

    /** The same count with one more ended consultation. */
    RequestDueDate withConsultation(Pause consultation, RegionCode region, RequestRules rules) {
        List<Pause> more = new ArrayList<>(consultations);
        more.add(consultation);
        return count(startedOn, start, more, extensions, region, rules);
    }

    /** The same count with one more extension. */
    RequestDueDate withExtension(Extension extension, RegionCode region, RequestRules rules) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(extension);
        return count(startedOn, start, consultations, more, region, rules);
    }

    /** The period counted again from the corrected application: earlier consultations fall away, extensions stand. */
    RequestDueDate restartedOn(LocalDate correctedOn, RegionCode region, RequestRules rules) {
        return count(correctedOn, Start.CORRECTION, List.of(), extensions, region, rules);
    }

    public int consultationDays() {
        return consultations.stream().mapToInt(Pause::workingDays).sum();
    }

    public int extensionDays() {
        return extensions.stream().mapToInt(Extension::workingDays).sum();
    }

    /** Working days counted after {@code startedOn}. */
    public int workingDays() {
        return answerDays + consultationDays() + extensionDays();
    }

    /** The reason for the day, e.g. "20 working days after receipt on 2025-09-26 + 4 (consultation) = 24: 2025-11-05". */
    public String reason() {
        StringBuilder reason = new StringBuilder().append(answerDays).append(" working days after ")
                .append(start == Start.RECEIPT ? "receipt (收到申请)" : "the corrected application (补正)")
                .append(" on ").append(startedOn);
        consultations.forEach(c -> reason.append(" + ").append(c.workingDays()).append(" consulting ")
                .append(c.detail()).append(" (征求意见 ").append(c.from()).append("–").append(c.until()).append(')'));
        extensions.forEach(e -> reason.append(" + ").append(e.workingDays()).append(" extension (延期) approved on ")
                .append(e.on()));
        return reason.append(" = ").append(workingDays()).append(" working days: ").append(dueOn)
                .append(provisional ? " (provisional: a holiday notice is not loaded yet)" : "").toString();
    }

    private static int sum(int a, int b) {
        return Math.addExact(a, b);
    }
}
