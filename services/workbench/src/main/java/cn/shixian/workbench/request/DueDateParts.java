package cn.shixian.workbench.request;

import cn.shixian.workbench.services.RequestClock;
import java.util.List;

/**
 * What a request's due date is made of, as the deadline-service counts it (docs/design.md rule 8): the
 * answer period from receipt or from the corrected application, plus the working days of each
 * consultation ended since then, plus each extension. The page writes it as one sentence. Plain Java.
 *
 * @param answerDays    the answer period (20), what is left once the consultations and extensions are taken out
 * @param consultations the ended consultations counted in, those from the period's start on
 */
public record DueDateParts(int answerDays, List<RequestClock.Pause> consultations, List<RequestClock.Extension> extensions) {

    static DueDateParts of(RequestClock clock) {
        List<RequestClock.Pause> counted = clock.pauses().stream()
                .filter(p -> "CONSULTATION".equals(p.kind()) && p.until() != null)
                .filter(p -> clock.startedOn() == null || !p.from().isBefore(clock.startedOn()))
                .toList();
        int consulting = counted.stream().mapToInt(RequestClock.Pause::workingDays).sum();
        return new DueDateParts(clock.workingDays() - consulting - clock.extensionDays(), counted, clock.extensions());
    }

    public boolean plain() {
        return consultations.isEmpty() && extensions.isEmpty();
    }
}
