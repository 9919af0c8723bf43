package cn.shixian.deadline.request;

/** Where a request stands (办理状态). */
public enum RequestState {
    /** 办理中: the answer period runs. */
    OPEN(false, false),
    /** 待补正: waiting for the applicant's corrected application; nothing is due (art. 30). */
    WAITING_FOR_CORRECTION(true, false),
    /** 征求意见中: a third party or another agency is consulted; the time is not counted (arts. 32, 33). */
    IN_CONSULTATION(true, false),
    /** 按期答复. */
    ANSWERED_ON_TIME(false, true),
    /** 逾期答复. */
    ANSWERED_LATE(false, true),
    /** 申请人撤回. */
    WITHDRAWN(false, true),
    /** 逾期不补正、不再处理: closed because the applicant did not correct in time. */
    CLOSED_NOT_CORRECTED(false, true);

    private final boolean paused;
    private final boolean closed;

    RequestState(boolean paused, boolean closed) {
        this.paused = paused;
        this.closed = closed;
    }

    /** The clock stands still: nothing is due. */
    public boolean paused() {
        return paused;
    }

    /** Nothing more can happen to the request. */
    public boolean closed() {
        return closed;
    }
}
