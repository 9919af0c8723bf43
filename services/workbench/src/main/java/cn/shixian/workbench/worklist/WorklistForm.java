package cn.shixian.workbench.worklist;

import cn.shixian.workbench.services.WorklistQuery;
import java.util.List;

/**
 * A worklist's filter as the page's form and links send it (bound from the request): which list,
 * states, region prefix, body, category, title or id, sort and page. The page and both exports read
 * the same form, so they show the same rows.
 */
public record WorklistForm(String list, List<String> state, String region, String body, String category, String q,
                           String sort, Integer page) {

    Worklist preset() {
        return Worklist.named(list);
    }

    /** The filter as the alerting-service takes it; unknown states and sorts fall back to the list's. */
    WorklistQuery query(int size) {
        List<String> states = state == null ? List.of() : state.stream().filter(Worklist.STATES::contains).toList();
        return new WorklistQuery(states.isEmpty() ? preset().states() : states, region, body, category, q, null,
                sort != null && WorklistLinks.SORTS.contains(sort) ? sort : "dueOn", page == null ? 0 : page, size);
    }
}
