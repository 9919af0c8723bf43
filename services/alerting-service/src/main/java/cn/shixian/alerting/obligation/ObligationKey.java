package cn.shixian.alerting.obligation;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.contracts.RequestDeadlineEvent;

/**
 * A row's key: (itemId, version, period), or (requestId, 0, "") for a request
 * ({@link ObligationKind#REQUEST_VERSION}). {@code period} is the period of a periodic obligation
 * (2025-Q3), "" for one that does not recur (as the table's key column holds it).
 */
record ObligationKey(String id, int version, String period) {

    ObligationKey {
        period = period == null ? "" : period;
    }

    static ObligationKey of(RequestDeadlineEvent event) {
        return new ObligationKey(event.requestId(), ObligationKind.REQUEST_VERSION, "");
    }

    /** The period as events carry it: null for none. */
    String periodOrNull() {
        return period.isEmpty() ? null : period;
    }
}
