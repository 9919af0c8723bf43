package cn.shixian.alerting.lifecycle;

import cn.shixian.contracts.Alert.AlertState;
import java.util.Optional;

/**
 * The states of a disclosure obligation (公开义务) or of a request's answer period (答复期限),
 * docs/design.md rule 6, in lifecycle order: the four running ones in the order the clock moves them,
 * the paused one (open, the clock stopped), then the three closed ones (已办结). Which moves are
 * allowed is {@link ObligationLifecycle}'s.
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
    /** 暂停计时: a request waiting for its correction (补正) or a consultation (征求意见); nothing is due. */
    PAUSED(null),
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

    /** Still owed (未办结): a publication, an answer or a cancellation can close it. */
    public boolean isOpen() {
        return compareTo(PAUSED) <= 0;
    }

    /** Open with the clock running: the sweep moves it on. */
    public boolean isRunning() {
        return compareTo(ESCALATED) <= 0;
    }

    /** The alert raised when an obligation enters this state, if any. */
    public Optional<AlertState> alertOnEntry() {
        return Optional.ofNullable(alert);
    }
}
