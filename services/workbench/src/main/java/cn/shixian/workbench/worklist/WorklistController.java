package cn.shixian.workbench.worklist;

import cn.shixian.workbench.services.AlertingApi;
import cn.shixian.workbench.services.Page;
import cn.shixian.workbench.services.WorkItem;
import cn.shixian.workbench.services.WorklistQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The worklists (待办): overdue, escalated, due soon, all open; filtered by region, body, catalog
 * category, state and title; sorted by working days overdue or left; paged. An htmx request gets
 * the table alone, so filtering does not reload the page; the URL keeps the filter either way.
 */
@Controller
class WorklistController {

    private final AlertingApi alerting;

    WorklistController(AlertingApi alerting) {
        this.alerting = alerting;
    }

    @GetMapping("/worklist")
    String worklist(WorklistForm form, @RequestHeader(name = "HX-Request", required = false) String htmx,
                    @RequestHeader(name = "HX-History-Restore-Request", required = false) String restoring,
                    jakarta.servlet.http.HttpServletResponse response, Model model) {
        Worklist preset = form.preset();
        WorklistQuery query = form.query(WorklistQuery.PAGE_SIZE);
        Page<WorkItem> rows = alerting.obligations(query);
        model.addAttribute("list", preset.slug());
        model.addAttribute("lists", Worklist.values());
        model.addAttribute("allStates", Worklist.STATES);
        model.addAttribute("query", query);
        model.addAttribute("rows", rows);
        model.addAttribute("exportQuery", WorklistLinks.exportQuery(preset.slug(), query));
        // the table alone for htmx's filtering; the whole page when htmx restores history it lost
        response.addHeader("Vary", "HX-Request");
        return htmx != null && restoring == null ? "worklist :: results" : "worklist";
    }
}
