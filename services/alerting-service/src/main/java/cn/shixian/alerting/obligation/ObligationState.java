package cn.shixian.alerting.obligation;

/** States of a disclosure obligation (公开义务), DESIGN.md rule 6. */
public enum ObligationState {
    OPEN, DUE_SOON, OVERDUE, ESCALATED, MET, MET_LATE, CANCELLED
}
