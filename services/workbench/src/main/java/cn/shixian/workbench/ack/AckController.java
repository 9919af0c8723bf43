package cn.shixian.workbench.ack;

import cn.shixian.workbench.services.AlertingApi;
import cn.shixian.workbench.services.BulkAck;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Acknowledging alerts (确认): one from the item page, or a selection from a worklist, each with a
 * comment. The alerting-service records the signed-in officer (the workbench calls for them), the time
 * and the comment; an alert someone else took first is reported, not overwritten.
 */
@Controller
class AckController {

    static final int MAX_COMMENT = 1000;

    private final AlertingApi alerting;

    AckController(AlertingApi alerting) {
        this.alerting = alerting;
    }

    @PostMapping("/alerts/{id}/ack")
    String one(@PathVariable String id, @RequestParam(defaultValue = "") String comment,
               @RequestParam String itemId, RedirectAttributes flash) {
        if (comment.strip().length() > MAX_COMMENT) {
            flash.addFlashAttribute("ackTooLong", MAX_COMMENT);
        } else {
            BulkAck result = alerting.acknowledgeAll(List.of(id), comment.strip());
            flash.addFlashAttribute("ack", result);
        }
        return "redirect:/items/" + org.springframework.web.util.UriUtils.encodePathSegment(itemId,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @PostMapping("/alerts/ack")
    String selection(@RequestParam(name = "alert", required = false) List<String> ids,
                     @RequestParam(defaultValue = "") String comment,
                     @RequestHeader(name = "Referer", required = false) String back, RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("ackNothing", true);
        } else if (comment.strip().length() > MAX_COMMENT) {
            flash.addFlashAttribute("ackTooLong", MAX_COMMENT);
        } else {
            flash.addFlashAttribute("ack", alerting.acknowledgeAll(ids.stream().distinct().limit(500).toList(),
                    comment.strip()));
        }
        return "redirect:" + localPath(back);
    }

    /** Only a path of this site: a Referer naming another host is ignored (no open redirect). */
    static String localPath(String referer) {
        if (referer == null) {
            return "/worklist";
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String raw = uri.getRawPath();
            // "//host/…" or "/\host" would be read by a browser as another site
            String path = raw == null || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")
                    ? "/worklist" : raw;
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException bad) {
            return "/worklist";
        }
    }
}
