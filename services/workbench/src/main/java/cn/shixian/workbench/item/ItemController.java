package cn.shixian.workbench.item;

import cn.shixian.workbench.services.AlertItem;
import cn.shixian.workbench.services.AlertingApi;
import cn.shixian.workbench.services.DeadlineApi;
import cn.shixian.workbench.services.Explanation;
import cn.shixian.workbench.services.Timeline;
import cn.shixian.workbench.services.WorkItem;
import cn.shixian.workbench.web.Lamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The item page (事项): its timeline across both services, and why its due date is that day, day by
 * day. An item outside the officer's regions answers "not found", as the services do.
 */
@Controller
class ItemController {

    private final DeadlineApi deadline;
    private final AlertingApi alerting;

    ItemController(DeadlineApi deadline, AlertingApi alerting) {
        this.deadline = deadline;
        this.alerting = alerting;
    }

    @GetMapping("/items/{itemId}")
    String item(@PathVariable String itemId, @RequestParam(required = false) Integer version,
                @RequestParam(required = false) String period, Model model) {
        Timeline timeline = deadline.timeline(itemId);
        List<AlertItem> alerts = alerting.alertsOf(itemId);
        Optional<Timeline.Obligation> shown = timeline.obligations().stream()
                .filter(o -> version == null || o.version() == version)
                .filter(o -> period == null || period.equals(o.period()))
                .reduce((first, second) -> second);
        model.addAttribute("timeline", timeline);
        model.addAttribute("region", timeline.item() != null ? timeline.item().region()
                : shown.map(Timeline.Obligation::region).orElse(null));
        model.addAttribute("entries", ItemHistory.of(timeline, alerts));
        model.addAttribute("openAlerts", alerts.stream().filter(a -> !a.acknowledged()).toList());
        model.addAttribute("alerts", alerts);
        List<WorkItem> tracked = alerting.obligationsOf(itemId);
        model.addAttribute("tracked", tracked);
        model.addAttribute("lamp", shown.flatMap(o -> tracked.stream()
                        .filter(t -> t.version() == o.version() && Objects.equals(t.period(), o.period())).findFirst())
                .map(t -> Lamp.of(t.state())).orElse(Lamp.NONE));
        shown.ifPresent(obligation -> {
            Explanation explanation = deadline.explanation(itemId, obligation.version(), obligation.period());
            model.addAttribute("obligation", obligation);
            model.addAttribute("explanation", explanation);
            model.addAttribute("months", CountedMonths.of(explanation).months());
            model.addAttribute("sentence", CountSentence.parts(explanation, LocaleContextHolder.getLocale()));
        });
        return "item";
    }
}
