package cn.shixian.workbench.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriBuilder;

/**
 * A worklist filter (待办筛选) as the alerting-service's {@code GET /api/obligations} takes it; blank
 * means "any". The same filter serves the page, its next page and the export.
 *
 * @param states               obligation states; empty = the open ones
 * @param region               GB/T 2260 prefix
 * @param responsibleBody      公开主体, exact
 * @param category             part of a catalog category's name
 * @param q                    part of the title or the item id
 * @param dueWithinWorkingDays due within that many working days from today, or null
 * @param sort                 {@code dueOn} (most overdue first), {@code -dueOn}, {@code title}, {@code region}
 */
public record WorklistQuery(List<String> states, String region, String responsibleBody, String category, String q,
                            Integer dueWithinWorkingDays, String sort, int page, int size) {

    public static final int PAGE_SIZE = 25;

    public WorklistQuery {
        states = states == null ? List.of() : states.stream().filter(s -> s != null && !s.isBlank()).toList();
        region = blankToNull(region);
        responsibleBody = blankToNull(responsibleBody);
        category = blankToNull(category);
        q = blankToNull(q);
        sort = blankToNull(sort) == null ? "dueOn" : sort;
        page = Math.max(page, 0);
        size = size <= 0 ? PAGE_SIZE : size;
    }

    public WorklistQuery withPage(int newPage, int newSize) {
        return new WorklistQuery(states, region, responsibleBody, category, q, dueWithinWorkingDays, sort, newPage, newSize);
    }

    /** The query parameters, as URI template variables {@link #values()} fills (so each value is encoded whole). */
    UriBuilder apply(UriBuilder uri) {
        if (!states.isEmpty()) {
            uri.queryParam("state", String.join(",", states));
        }
        values().keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.queryParam("sort", sort).queryParam("page", page).queryParam("size", size);
    }

    /** The optional filters that are set, by parameter name. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        putIfSet(values, "region", region);
        putIfSet(values, "responsibleBody", responsibleBody);
        putIfSet(values, "category", category);
        putIfSet(values, "q", q);
        putIfSet(values, "dueWithinWorkingDays", dueWithinWorkingDays);
        return values;
    }

    private static void putIfSet(Map<String, Object> values, String name, Object value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
