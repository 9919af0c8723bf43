package cn.shixian.deadline.obligation;

/** Identifies an obligation: one per (item, version). */
public record ObligationKey(String itemId, int version) {

    /** Before every key, to start a walk over obligations in key order. */
    public static final ObligationKey FIRST = new ObligationKey("", Integer.MIN_VALUE);

    public static ObligationKey of(Obligation obligation) {
        return new ObligationKey(obligation.itemId(), obligation.version());
    }
}
