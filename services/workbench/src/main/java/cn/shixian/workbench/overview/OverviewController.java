package cn.shixian.workbench.overview;

import cn.shixian.web.Role;
import cn.shixian.workbench.services.AlertingApi;
import cn.shixian.workbench.services.Summary;
import cn.shixian.workbench.services.Trend;
import cn.shixian.workbench.services.WorklistQuery;
import cn.shixian.workbench.web.Lamp;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview (总览): lamps by state, on-time publication rates by region and by body (worst
 * first), the 90-day trend of overdue obligations and what falls due in the next 5 working days.
 */
@Controller
class OverviewController {

    static final int TREND_DAYS = 90;
    static final int DUE_WITHIN_WORKING_DAYS = 5;
    static final int WORST = 10;

    private final AlertingApi alerting;
    private final OverviewSnapshots snapshots;

    OverviewController(AlertingApi alerting, OverviewSnapshots snapshots) {
        this.alerting = alerting;
        this.snapshots = snapshots;
    }

    @GetMapping("/")
    String overview(@RequestParam(required = false) String region, Authentication officer, Model model) {
        if (officer.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_" + Role.OFFICER.name())
                || a.getAuthority().equals("ROLE_" + Role.ADMIN.name()))) {
            return "redirect:/import";
        }
        String prefix = region == null || region.isBlank() ? null : region.strip();
        OverviewSnapshots.Snapshot snapshot = snapshots.of(prefix, TREND_DAYS);
        Summary summary = snapshot.summary();
        Trend trend = snapshot.trend();
        model.addAttribute("region", prefix);
        model.addAttribute("summary", summary);
        model.addAttribute("lamps", Lamp.OPEN);
        model.addAttribute("worstRegions", worstFirst(summary.byRegion()));
        model.addAttribute("worstBodies", worstFirst(summary.byResponsibleBody()));
        model.addAttribute("trend", trend);
        model.addAttribute("trendDates", String.join(",", trend.points().stream().map(p -> p.date().toString()).toList()));
        model.addAttribute("trendOverdue", String.join(",", trend.points().stream().map(p -> Long.toString(p.overdue())).toList()));
        model.addAttribute("trendEscalated", String.join(",", trend.points().stream().map(p -> Long.toString(p.escalated())).toList()));
        model.addAttribute("closed", summary.count("MET") + summary.count("MET_LATE") + summary.count("CANCELLED"));
        model.addAttribute("dueSoon", alerting.obligations(new WorklistQuery(List.of("OPEN", "DUE_SOON"), prefix,
                null, null, null, DUE_WITHIN_WORKING_DAYS, "dueOn", 0, 20)));
        model.addAttribute("dueWithin", DUE_WITHIN_WORKING_DAYS);
        return "overview";
    }

    /** Lowest on-time rate first; groups with nothing published yet last; then most overdue. */
    static List<Summary.Group> worstFirst(List<Summary.Group> groups) {
        return groups.stream()
                .sorted(Comparator.comparing((Summary.Group g) -> g.onTimeRate() == null ? 2.0 : g.onTimeRate())
                        .thenComparing(g -> -(g.count("OVERDUE") + g.count("ESCALATED"))))
                .limit(WORST)
                .toList();
    }
}
