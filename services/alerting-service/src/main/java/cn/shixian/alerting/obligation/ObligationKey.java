package cn.shixian.alerting.obligation;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.contracts.RequestDeadlineEvent;

/** A row's key: (itemId, version), or (requestId, 0) for a request ({@link ObligationKind#REQUEST_VERSION}). */
record ObligationKey(String id, int version) {

    static ObligationKey of(RequestDeadlineEvent event) {
        return new ObligationKey(event.requestId(), ObligationKind.REQUEST_VERSION);
    }
}
