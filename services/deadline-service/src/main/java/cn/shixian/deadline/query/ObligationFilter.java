package cn.shixian.deadline.query;

import cn.shixian.deadline.obligation.ObligationState;
import cn.shixian.web.query.InvalidParameter;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.RequestParameters;

/**
 * What {@code GET /api/obligations} asks for, checked. Blank parameters mean "any".
 *
 * @param state           null for every state
 * @param regionPrefix    GB/T 2260 code prefix (行政区划代码): {@code 65} is all of Xinjiang,
 *                        {@code 6505} Hami's prefecture, {@code 650502} one district; null for all
 * @param responsibleBody the 公开主体, exactly as the items name it; null for all
 */
record ObligationFilter(ObligationState state, String regionPrefix, String responsibleBody, PageRequest paging) {

    /** The title of this API's 400 problems for a bad parameter, as it has always been. */
    static final String INVALID_TITLE = "Invalid query parameter";

    static ObligationFilter of(String state, String region, String responsibleBody, Integer page, Integer size) {
        try {
            return new ObligationFilter(RequestParameters.oneOf("state", state, ObligationState.class),
                    RequestParameters.regionPrefix(region), RequestParameters.blankToNull(responsibleBody),
                    PageRequest.of(page, size));
        } catch (InvalidParameter e) {
            throw e.titled(INVALID_TITLE);
        }
    }
}
