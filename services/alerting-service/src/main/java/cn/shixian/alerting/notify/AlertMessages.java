package cn.shixian.alerting.notify;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.contracts.Alert;
import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.EventData;
import cn.shixian.eventing.calendar.LiveCalendar;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Writes the notification (通知) of one alert, in Chinese: the item (or the request), the responsible
 * body, the due date, the working days left or overdue, and a link to the item's timeline (or the
 * request's clock).
 */
@Component
class AlertMessages {

    static final URI SOURCE = URI.create("urn:shixian:alerting-service");

    private final LiveCalendar calendar;
    private final URI timelineBaseUrl;
    private final URI requestBaseUrl;

    AlertMessages(LiveCalendar calendar, NotifySettings settings) {
        this.calendar = calendar;
        this.timelineBaseUrl = settings.timelineBaseUrl();
        this.requestBaseUrl = settings.requestBaseUrl();
    }

    Outgoing render(AlertRow alert) {
        Wording wording = Wording.of(alert.kind());
        String headline = "【时限】" + label(alert) + "：" + alert.displayTitle();
        String due = alert.dueOn() + "（" + timing(alert) + "）";
        String link = linkOf(alert.kind(), alert.itemId());
        String subject = alert.displayTitle() + switch (alert.kind()) {
            case ITEM -> "（事项编号 " + alert.itemId() + "，第 " + alert.version() + " 版"
                    + (alert.period() == null ? "" : "，周期 " + alert.period()) + "）";
            case REQUEST -> "（申请编号 " + alert.itemId() + "）";
        };
        String text = headline + "\n\n"
                + wording.subject() + "：" + subject + "\n"
                + wording.body() + "：" + alert.responsibleBody() + "\n"
                + "行政区划：" + alert.region() + "\n"
                + wording.deadline() + "：" + due + "\n"
                + wording.link() + "：" + link + "\n";
        String markdown = "### " + headline + "\n\n"
                + "**" + wording.subject() + "**：" + subject + "\n\n"
                + "**" + wording.body() + "**：" + alert.responsibleBody() + "\n\n"
                + "**" + wording.deadline() + "**：" + due + "\n\n"
                + "[查看" + wording.link() + "](" + link + ")\n";
        // the alert's id is the event id, so a receiver can discard a repeated delivery
        EventData data = alert.toEvent();
        CloudEvent<?> event = new CloudEvent<>(alert.id().toString(), SOURCE, data.eventType(), data.key(),
                alert.raisedAt().atZone(calendar.zone()).toOffsetDateTime(), data);
        return new Outgoing(headline + " — " + alert.responsibleBody(), text, markdown, event);
    }

    /** Where an item's timeline or a request's clock is shown: the base URL with the id appended. */
    String linkOf(ObligationKind kind, String id) {
        URI base = kind == ObligationKind.REQUEST ? requestBaseUrl : timelineBaseUrl;
        return base + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The words of a notification about an item (主动公开) or a request (依申请公开). */
    record Wording(String subject, String body, String deadline, String link) {

        static Wording of(ObligationKind kind) {
            return switch (kind) {
                case ITEM -> new Wording("事项", "公开主体", "公开期限", "时间线");
                case REQUEST -> new Wording("依申请公开", "答复机关", "答复期限", "办理记录");
            };
        }
    }

    static String label(AlertRow alert) {
        String label = switch (alert.type()) {
            case DUE_SOON -> "临期提醒";
            case OVERDUE -> "逾期提醒";
            case ESCALATED -> "逾期升级";
            case PUBLISHED_LATE -> alert.kind() == ObligationKind.REQUEST ? "逾期答复" : "逾期公开";
        };
        return alert.kind() == ObligationKind.REQUEST && alert.type() != Alert.AlertState.PUBLISHED_LATE
                ? "依申请答复" + label : label;
    }

    static String timing(AlertRow alert) {
        return switch (alert.type()) {
            case DUE_SOON -> DaysPhrase.left(alert.workingDaysLeft());
            case OVERDUE, ESCALATED -> DaysPhrase.overdue(alert.workingDaysOverdue());
            case PUBLISHED_LATE -> (alert.kind() == ObligationKind.REQUEST ? "已答复，" : "已公开，")
                    + DaysPhrase.overdue(alert.workingDaysOverdue()).replace("已逾期", "逾期");
        };
    }
}
