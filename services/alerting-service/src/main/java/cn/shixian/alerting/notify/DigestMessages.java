package cn.shixian.alerting.notify;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes the daily digest (每日摘要) of a channel, in Chinese: how many obligations are escalated,
 * overdue and due soon, then the most pressing ones with their body, due date, working days left
 * or overdue, and timeline link. Written when sent, so a retried digest tells the latest state.
 */
@Component
class DigestMessages {

    private final DigestItems items;
    private final Routing routing;
    private final AlertMessages alerts;
    private final LiveCalendar calendar;
    private final int maxItems;

    DigestMessages(DigestItems items, Routing routing, AlertMessages alerts, LiveCalendar calendar,
                   NotifySettings settings) {
        this.items = items;
        this.routing = routing;
        this.alerts = alerts;
        this.calendar = calendar;
        this.maxItems = settings.digest().maxItems();
    }

    Outgoing render(String channel, LocalDate day) {
        List<RouteSettings> routes = routing.routesOf(channel);
        Map<ObligationKind, Map<String, Long>> counts = items.countByState(routes);
        List<DigestItems.Item> listed = items.list(routes, maxItems);
        long total = counts.values().stream().flatMap(c -> c.values().stream()).mapToLong(Long::longValue).sum();
        String summary = summary(counts.getOrDefault(ObligationKind.ITEM, Map.of()), "项");
        if (counts.containsKey(ObligationKind.REQUEST)) {
            summary += "；依申请公开 " + summary(counts.get(ObligationKind.REQUEST), "件");
        }
        String subject = "【时限】每日摘要 " + day + "：" + summary;
        StringBuilder text = new StringBuilder(subject).append("\n\n");
        StringBuilder markdown = new StringBuilder("### 【时限】每日摘要 ").append(day).append("\n\n")
                .append(summary).append("。\n\n");
        if (total == 0) {
            text.append("目前没有临期或逾期的公开事项。\n");
            markdown.append("目前没有临期或逾期的公开事项。\n");
        }
        WorkingDayCalendar days = calendar.calendar();
        int n = 0;
        for (DigestItems.Item item : listed) {
            n++;
            String title = item.title() == null || item.title().isBlank() ? item.itemId() : item.title();
            AlertMessages.Wording wording = AlertMessages.Wording.of(item.kind());
            String line = label(item.state()) + (item.kind() == ObligationKind.REQUEST ? " 依申请：" : " ") + title
                    + "；" + wording.body() + "：" + item.responsibleBody() + "；期限 " + item.dueOn() + "，"
                    + timing(item, day, days);
            String link = alerts.linkOf(item.kind(), item.itemId());
            text.append(n).append(". ").append(line).append("\n   ").append(link).append("\n");
            markdown.append(n).append(". ").append(line).append("，[").append(wording.link()).append("](")
                    .append(link).append(")\n");
        }
        if (total > listed.size()) {
            String more = "另有 " + (total - listed.size()) + " 项未列出。\n";
            text.append(more);
            markdown.append("\n").append(more);
        }
        return new Outgoing(subject, text.toString(), markdown.toString(), null);
    }

    private static String summary(Map<String, Long> counts, String unit) {
        return "逾期升级 " + counts.getOrDefault("ESCALATED", 0L) + " " + unit + "，逾期 "
                + counts.getOrDefault("OVERDUE", 0L) + " " + unit + "，临期 " + counts.getOrDefault("DUE_SOON", 0L)
                + " " + unit;
    }

    private static String label(String state) {
        return switch (state) {
            case "ESCALATED" -> "[逾期升级]";
            case "OVERDUE" -> "[逾期]";
            default -> "[临期]";
        };
    }

    private static String timing(DigestItems.Item item, LocalDate day, WorkingDayCalendar days) {
        var region = OfficeHoursPolicy.regionCode(item.region());
        if (item.state().equals("DUE_SOON")) {
            return DaysPhrase.left(Math.max(0, days.workingDaysBetween(day, item.dueOn(), region).workingDays()));
        }
        return DaysPhrase.overdue(Math.max(0, days.workingDaysBetween(item.dueOn(), day, region).workingDays()));
    }
}
