package cn.shixian.alerting.worklist;

import cn.shixian.web.query.InvalidParameter;
import cn.shixian.web.query.RequestParameters;
import java.util.Arrays;
import java.util.List;

/** The orders of the worklist ({@code sort}); each ends in itemId, version, period, so pages never overlap. */
enum WorklistSort {
    /** Oldest due date first: the most working days overdue first, then the fewest left. The default. */
    DUE_ON("dueOn", "due_on", "due_on, item_id, version, period"),
    DUE_ON_DESCENDING("-dueOn", "due_on", "due_on desc, item_id, version, period"),
    TITLE("title", "title", "title, item_id, version, period"),
    REGION("region", "region", "region, item_id, version, period");

    final String parameterValue;
    /** The sort column, selected with the page's keys. */
    final String column;
    private final String orderBy;

    WorklistSort(String parameterValue, String column, String orderBy) {
        this.parameterValue = parameterValue;
        this.column = column;
        this.orderBy = orderBy;
    }

    /** The order by clause with every column qualified by {@code qualifier} ({@code "k."}, or {@code ""}). */
    String orderBy(String qualifier) {
        return Arrays.stream(orderBy.split(", ")).map(part -> qualifier + part).reduce((a, b) -> a + ", " + b)
                .orElseThrow();
    }

    /** The {@code sort} parameter; blank for the default. */
    static WorklistSort of(String value) {
        if (RequestParameters.blankToNull(value) == null) {
            return DUE_ON;
        }
        for (WorklistSort sort : values()) {
            if (sort.parameterValue.equals(value)) {
                return sort;
            }
        }
        List<String> allowed = Arrays.stream(values()).map(sort -> sort.parameterValue).toList();
        throw new InvalidParameter("sort", "sort must be one of " + String.join(", ", allowed) + "; was '" + value + "'",
                allowed);
    }
}
