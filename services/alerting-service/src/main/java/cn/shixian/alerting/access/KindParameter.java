package cn.shixian.alerting.access;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.web.query.RequestParameters;

/**
 * The {@code kind} parameter of the reads (worklist, summary, alerts): ITEM, the catalog items'
 * publications (主动公开), by default, so a reader built before requests sees what it saw; REQUEST,
 * the requests' answers (依申请公开).
 */
public final class KindParameter {

    public static final String DESCRIPTION = "ITEM (default): catalog items' publication deadlines (主动公开); "
            + "REQUEST: requests' answer periods (依申请公开), whose itemId is the requestId and version 0";

    private KindParameter() {
    }

    /** The kind asked for; ITEM when blank; a 400 naming the allowed values otherwise. */
    public static ObligationKind of(String value) {
        ObligationKind kind = RequestParameters.oneOf("kind", value, ObligationKind.class);
        return kind == null ? ObligationKind.ITEM : kind;
    }
}
