package cn.shixian.alerting.lifecycle;

import cn.shixian.contracts.Alert.AlertState;
import java.util.Optional;

/**
 * The states of a disclosure obligation (公开义务), docs/design.md rule 6, in lifecycle order: the four
 * open ones (未办结) in the order the clock moves them, then the three closed ones (已办结). Which
 * moves are allowed is {@link ObligationLifecycle}'s.
 */
public enum ObligationState {
    /** 正常: the clock has not reached the due-soon day. */
    OPEN(null),
    /** 临近截止: at most K working days left. */
    DUE_SOON(AlertState.DUE_SOON),
    /** 逾期: past the due date. */
    OVERDUE(AlertState.OVERDUE),
    /** 升级 (红牌): overdue by E working days or more. */
    ESCALATED(AlertState.ESCALATED),
    /** 按时公开: published by the due date. */
    MET(null),
    /** 逾期公开: published after it. */
    MET_LATE(AlertState.PUBLISHED_LATE),
    /** 撤销: the item was retired or superseded before it was published. */
    CANCELLED(null);

    private final AlertState alert;

    ObligationState(AlertState alert) {
        this.alert = alert;
    }

    /** Still owed: the clock runs and a publication or cancellation can close it. */
    public boolean isOpen() {
        return compareTo(ESCALATED) <= 0;
    }

    /** The alert raised when an obligation enters this state, if any. */
    public Optional<AlertState> alertOnEntry() {
        return Optional.ofNullable(alert);
    }
}
