package cn.shixian.deadline.requestintake;

import cn.shixian.deadline.calendar.CurrentCalendar;
import cn.shixian.deadline.request.RequestRules;
import cn.shixian.deadline.request.RequestTimeLimits;
import org.springframework.stereotype.Component;

/** The rules a request is counted on now (答复期限规则): the region's live calendar, its zone and the time limits. */
@Component
public class CurrentRequestRules {

    private final CurrentCalendar calendar;
    private final RequestTimeLimits limits;

    CurrentRequestRules(CurrentCalendar calendar, RequestIntakeSettings settings) {
        this.calendar = calendar;
        this.limits = RequestTimeLimits.STATUTORY.withCorrectionWait(settings.correctionWait());
    }

    /** Take it once per request, for a check that commits nothing: the calendar may change between two calls. */
    public RequestRules rules() {
        return new RequestRules(calendar.calendar(), calendar.rule().zone(), limits);
    }

    /**
     * The rules of a transaction that commits due dates, on {@link CurrentCalendar#countingCalendar()}:
     * take them first in the transaction, once.
     */
    RequestRules countingRules() {
        return new RequestRules(calendar.countingCalendar(), calendar.rule().zone(), limits);
    }
}
