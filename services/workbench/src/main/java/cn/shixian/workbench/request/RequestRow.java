package cn.shixian.workbench.request;

import cn.shixian.workbench.services.RequestSummary;

/**
 * A row of the request list (依申请公开申请): the deadline-service's summary, the request's subject, and
 * for a running clock the working days left or overdue.
 */
public record RequestRow(RequestSummary request, String subject, Integer workingDaysLeft, Integer workingDaysOverdue) {

    /** The lamp: red for a running clock past its due date or an answer given late. */
    public String css() {
        return workingDaysOverdue != null && "OPEN".equals(request.state()) ? "lamp-red"
                : RequestStates.css(request.state());
    }

    public boolean overdue() {
        return workingDaysOverdue != null;
    }
}
