package cn.shixian.alerting.alert;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.contracts.Alert;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.RequestAlert;
import java.time.LocalDate;

/**
 * An alert (预警) about to be raised for one transition of one obligation: of an item, or of a
 * request ({@code itemId} then holds the requestId, {@code version} is 0 and {@code title} the subject).
 *
 * @param period the period of a periodic obligation (2025-Q3), null for the others
 */
public record RaisedAlert(ObligationKind kind, AlertState type, String itemId, int version, String period, String region,
                          String responsibleBody, String title, LocalDate dueOn, Integer workingDaysLeft,
                          Integer workingDaysOverdue) {

    /** The contracts record: {@code disclosure.alert.*} for an item, {@code disclosure.request.alert.*} for a request. */
    public EventData event() {
        return switch (kind) {
            case ITEM -> new Alert(itemId, version, region, responsibleBody, dueOn, type, workingDaysLeft,
                    workingDaysOverdue, period);
            case REQUEST -> new RequestAlert(itemId, region, responsibleBody, title == null || title.isBlank() ? null : title,
                    dueOn, RequestAlert.State.of(type), workingDaysLeft, workingDaysOverdue);
        };
    }

    String key() {
        return itemId + "/" + version + "/" + (period == null ? "" : period) + "/" + type;
    }
}
