package cn.shixian.alerting.api;

import cn.shixian.alerting.access.KindParameter;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.RequestParameters;

/**
 * What {@code GET /api/alerts} asks for, checked. Null means "any".
 *
 * @param kind            items' alerts or requests' alerts
 * @param type            the alert type ({@code state} in the query; the contracts' {@code AlertState}:
 *                        DUE_SOON, OVERDUE, ESCALATED, PUBLISHED_LATE)
 * @param regionPrefix    GB/T 2260 code prefix, 2 to 6 digits
 * @param responsibleBody the 公开主体, exactly as the items name it
 * @param itemId          one item's alerts (every version), exactly
 * @param acknowledged    true: acknowledged alerts only; false: those nobody has acknowledged yet
 */
record AlertFilter(ObligationKind kind, AlertState type, String regionPrefix, String responsibleBody, String itemId, Boolean acknowledged,
                   PageRequest paging) {

    static AlertFilter of(String kind, String state, String region, String responsibleBody, String itemId, String acknowledged,
                          Integer page, Integer size) {
        return new AlertFilter(KindParameter.of(kind), RequestParameters.oneOf("state", state, AlertState.class),
                RequestParameters.regionPrefix(region), RequestParameters.blankToNull(responsibleBody),
                RequestParameters.blankToNull(itemId), RequestParameters.trueOrFalse("acknowledged", acknowledged),
                PageRequest.of(page, size));
    }
}
