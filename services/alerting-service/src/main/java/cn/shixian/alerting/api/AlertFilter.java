package cn.shixian.alerting.api;

import cn.shixian.contracts.Alert.AlertState;

/**
 * What {@code GET /api/alerts} asks for, checked. Null means "any".
 *
 * @param type            the alert type ({@code state} in the query; the contracts' {@code AlertState}:
 *                        DUE_SOON, OVERDUE, ESCALATED, PUBLISHED_LATE)
 * @param regionPrefix    GB/T 2260 code prefix, 2 to 6 digits
 * @param responsibleBody the 公开主体, exactly as the items name it
 * @param acknowledged    true: acknowledged alerts only; false: those nobody has acknowledged yet
 */
record AlertFilter(AlertState type, String regionPrefix, String responsibleBody, Boolean acknowledged,
                   int page, int size) {

    static AlertFilter of(String state, String region, String responsibleBody, String acknowledged,
                          Integer page, Integer size) {
        return new AlertFilter(Parameters.oneOf("state", state, AlertState.class), Parameters.regionPrefix(region),
                Parameters.blankToNull(responsibleBody), Parameters.trueOrFalse("acknowledged", acknowledged),
                Parameters.page(page), Parameters.size(size));
    }

    /** Rows to skip; a long, as page × size may pass what an int holds. */
    long offset() {
        return (long) page * size;
    }
}
