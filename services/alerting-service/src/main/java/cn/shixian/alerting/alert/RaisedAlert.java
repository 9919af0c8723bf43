package cn.shixian.alerting.alert;

import cn.shixian.contracts.Alert;
import cn.shixian.contracts.Alert.AlertState;
import java.time.LocalDate;

/** An alert (预警) about to be raised for one transition of one obligation. */
public record RaisedAlert(AlertState type, String itemId, int version, String region, String responsibleBody,
                          String title, LocalDate dueOn, Integer workingDaysLeft, Integer workingDaysOverdue) {

    Alert event() {
        return new Alert(itemId, version, region, responsibleBody, dueOn, type, workingDaysLeft, workingDaysOverdue);
    }

    String key() {
        return itemId + "/" + version + "/" + type;
    }
}
