package cn.shixian.alerting.api;

import cn.shixian.web.query.InvalidParameter;
import cn.shixian.web.query.RequestParameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The body of {@code POST /api/alerts/ack} (批量确认): the alerts' ids, 1 to {@value #MAX_IDS}, and
 * one optional comment for all of them.
 */
record BulkAckRequest(List<String> ids, String comment) {

    static final int MAX_IDS = 500;

    /**
     * The ids, checked, each once, in the order given.
     *
     * @throws InvalidParameter naming {@code ids} when there are none, more than {@value #MAX_IDS}, or one is no UUID
     */
    static List<UUID> idsOf(BulkAckRequest request) {
        List<String> ids = request == null ? null : request.ids();
        if (ids == null || ids.isEmpty()) {
            throw new InvalidParameter("ids", "ids must list 1 to " + MAX_IDS + " alert ids");
        }
        if (ids.size() > MAX_IDS) {
            throw new InvalidParameter("ids", "ids may list at most " + MAX_IDS + " alert ids; had " + ids.size());
        }
        Set<UUID> checked = new LinkedHashSet<>();
        for (String id : ids) {
            checked.add(RequestParameters.uuid("ids", id));
        }
        return List.copyOf(checked);
    }

    static String commentOf(BulkAckRequest request) {
        return AckRequest.checkedComment(request == null ? null : request.comment());
    }
}
