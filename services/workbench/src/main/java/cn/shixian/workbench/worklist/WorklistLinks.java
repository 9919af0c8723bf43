package cn.shixian.workbench.worklist;

import cn.shixian.workbench.services.WorklistQuery;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/** The query string of a worklist filter, for its export links and its pages. */
final class WorklistLinks {

    static final List<String> SORTS = List.of("dueOn", "-dueOn", "title", "region");

    private WorklistLinks() {
    }

    static String exportQuery(String list, WorklistQuery query) {
        UriComponentsBuilder uri = UriComponentsBuilder.newInstance().queryParam("list", list);
        query.states().forEach(state -> uri.queryParam("state", state));
        add(uri, "region", query.region());
        add(uri, "body", query.responsibleBody());
        add(uri, "category", query.category());
        add(uri, "q", query.q());
        add(uri, "sort", query.sort());
        return uri.encode().build().getQuery();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
