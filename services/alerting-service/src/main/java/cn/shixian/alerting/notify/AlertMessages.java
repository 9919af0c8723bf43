package cn.shixian.alerting.notify;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.eventing.calendar.LiveCalendar;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * Writes the notification (通知) of one alert, in Chinese: the item, the responsible body, the due
 * date, the working days left or overdue, and a link to the item's timeline.
 */
@Component
class AlertMessages {

    static final URI SOURCE = URI.create("urn:shixian:alerting-service");

    private final LiveCalendar calendar;
    private final URI timelineBaseUrl;

    AlertMessages(LiveCalendar calendar, NotifySettings settings) {
        this.calendar = calendar;
        this.timelineBaseUrl = settings.timelineBaseUrl();
    }

    Outgoing render(AlertRow alert) {
        String headline = "【时限】" + label(alert) + "：" + alert.displayTitle();
        String due = alert.dueOn() + "（" + timing(alert) + "）";
        String link = timelineOf(alert.itemId());
        String item = alert.displayTitle() + "（事项编号 " + alert.itemId() + "，第 " + alert.version() + " 版）";
        String text = headline + "\n\n"
                + "事项：" + item + "\n"
                + "公开主体：" + alert.responsibleBody() + "\n"
                + "行政区划：" + alert.region() + "\n"
                + "公开期限：" + due + "\n"
                + "时间线：" + link + "\n";
        String markdown = "### " + headline + "\n\n"
                + "**事项**：" + item + "\n\n"
                + "**公开主体**：" + alert.responsibleBody() + "\n\n"
                + "**公开期限**：" + due + "\n\n"
                + "[查看时间线](" + link + ")\n";
        // the alert's id is the event id, so a receiver can discard a repeated delivery
        CloudEvent<?> event = new CloudEvent<>(alert.id().toString(), SOURCE, alert.toEvent().eventType(),
                alert.itemId(), alert.raisedAt().atZone(calendar.zone()).toOffsetDateTime(), alert.toEvent());
        return new Outgoing(headline + " — " + alert.responsibleBody(), text, markdown, event);
    }

    String timelineOf(String itemId) {
        return timelineBaseUrl + URLEncoder.encode(itemId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String label(AlertRow alert) {
        return switch (alert.type()) {
            case DUE_SOON -> "临期提醒";
            case OVERDUE -> "逾期提醒";
            case ESCALATED -> "逾期升级";
            case PUBLISHED_LATE -> "逾期公开";
        };
    }

    static String timing(AlertRow alert) {
        return switch (alert.type()) {
            case DUE_SOON -> DaysPhrase.left(alert.workingDaysLeft());
            case OVERDUE, ESCALATED -> DaysPhrase.overdue(alert.workingDaysOverdue());
            case PUBLISHED_LATE -> "已公开，" + DaysPhrase.overdue(alert.workingDaysOverdue()).replace("已逾期", "逾期");
        };
    }
}
