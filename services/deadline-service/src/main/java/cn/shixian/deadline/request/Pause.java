package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestConsultationStarted.PartyKind;
import java.time.LocalDate;

/**
 * A time the answer period stood still (中止计算): waiting for a correction (补正) or consulting a
 * party (征求意见).
 *
 * @param from        the day it started
 * @param until       the day it ended; null while it lasts
 * @param workingDays working days in (from, until]: what a consultation adds to the due date; 0 while it lasts
 * @param detail      the correction's reason or the consulted party
 * @param partyKind   for a consultation: third party (art. 32) or another agency (art. 33); else null
 * @param stoppedDue  the due date in force when the clock stopped: what the pause's end moves from, whatever
 *                    an extension approved meanwhile adds to it
 */
public record Pause(Kind kind, LocalDate from, LocalDate until, int workingDays, String detail, PartyKind partyKind,
                    LocalDate stoppedDue) {

    /** Why the clock stood still. */
    public enum Kind {
        /** 补正: ends with the corrected application, which starts the period again. */
        CORRECTION,
        /** 征求意见: its working days are added to the due date. */
        CONSULTATION
    }

    static Pause correction(LocalDate from, String reason, LocalDate stoppedDue) {
        return new Pause(Kind.CORRECTION, from, null, 0, reason, null, stoppedDue);
    }

    static Pause consultation(LocalDate from, String party, PartyKind partyKind, LocalDate stoppedDue) {
        return new Pause(Kind.CONSULTATION, from, null, 0, party, partyKind, stoppedDue);
    }

    public boolean running() {
        return until == null;
    }

    Pause endedOn(LocalDate day, int workingDaysInBetween) {
        return new Pause(kind, from, day, workingDaysInBetween, detail, partyKind, stoppedDue);
    }
}
