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
        query.states().forEach(state -> uri.queryParam("state", state)); // enum names: nothing to encode
        add(uri, "region", query.region());
        add(uri, "body", query.responsibleBody());
        add(uri, "category", query.category());
        add(uri, "q", query.q());
        add(uri, "sort", query.sort());
        // each value encoded whole: a '+' or '&' in a name must arrive as itself
        return uri.build().getQuery();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
