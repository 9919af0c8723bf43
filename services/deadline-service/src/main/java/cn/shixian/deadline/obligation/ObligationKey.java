package cn.shixian.deadline.obligation;

/**
 * Identifies an obligation: one per (item, version), and for a periodic time limit one per period of
 * it ({@code period} 2025-Q3; null for a time limit that does not recur).
 */
public record ObligationKey(String itemId, int version, String period) {

    /** Before every key, to start a walk over obligations in key order. */
    public static final ObligationKey FIRST = new ObligationKey("", Integer.MIN_VALUE, null);

    public static ObligationKey of(Obligation obligation) {
        return new ObligationKey(obligation.itemId(), obligation.version(), obligation.period());
    }
}
