package cn.shixian.deadline.obligation;

/** Where a publication obligation (公开义务) stands in the deadline-service (docs/design.md rule 5). */
public enum ObligationState {
    OPEN, MET, MET_LATE, CANCELLED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
