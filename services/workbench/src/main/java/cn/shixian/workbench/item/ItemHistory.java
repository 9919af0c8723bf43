package cn.shixian.workbench.item;

import cn.shixian.workbench.services.AlertItem;
import cn.shixian.workbench.services.Timeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Merges what the two services know of one item into one timeline, oldest first: the events
 * received, the obligations opened with their due dates, publications, alerts and their
 * acknowledgements. Plain Java.
 */
final class ItemHistory {

    private ItemHistory() {
    }

    static List<TimelineEntry> of(Timeline timeline, List<AlertItem> alerts) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Timeline.Event event : timeline.events()) {
            String kind = event.type().substring(event.type().lastIndexOf('.') + 1);
            if (!kind.equals("published")) { // publications are listed with their details below
                entries.add(new TimelineEntry(event.receivedAt(), kind, null, List.of(nullToEmpty(event.time()))));
            }
        }
        for (Timeline.Obligation obligation : timeline.obligations()) {
            entries.add(new TimelineEntry(obligation.openedAt() != null ? obligation.openedAt() : obligation.changedAt(),
                    "opened", obligation.version(), List.of(obligation.dueOn(), obligation.workingDays(),
                    obligation.calendarVersion(), obligation.provisional(),
                    // a deadline-service older than the kind counted working days
                    obligation.limitKind() == null ? "WORKING_DAYS" : obligation.limitKind(),
                    nullToEmpty(obligation.period()))));
        }
        for (Timeline.Recomputation again : timeline.recomputations()) {
            entries.add(new TimelineEntry(again.recomputedAt(), "recomputed", again.version(), List.of(again.previousDueOn(),
                    again.dueOn(), again.calendarVersion(), again.provisional(), again.reason() == null ? "" : again.reason())));
        }
        for (Timeline.Publication publication : timeline.publications()) {
            entries.add(new TimelineEntry(publication.publishedAt(), "published", publication.version(),
                    List.of(nullToEmpty(publication.channel()), nullToEmpty(publication.url()))));
        }
        for (AlertItem alert : alerts) {
            entries.add(new TimelineEntry(alert.raisedAt(), "alert", alert.version(), List.of(alert.type(),
                    alert.workingDaysLeft() != null ? alert.workingDaysLeft()
                            : alert.workingDaysOverdue() != null ? alert.workingDaysOverdue() : 0)));
            if (alert.acknowledged()) {
                entries.add(new TimelineEntry(alert.acknowledgedAt(), "ack", alert.version(), List.of(
                        nullToEmpty(alert.acknowledgedBy()), nullToEmpty(alert.ackComment()), alert.type())));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        return entries;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
