package cn.shixian.deadline.explanation;

import cn.shixian.deadline.calendar.CurrentCalendar;
import cn.shixian.web.CurrentUsers;
import cn.shixian.web.RegionScope;
import cn.shixian.web.query.InvalidParameter;
import cn.shixian.workcalendar.timelimit.Period;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/items/{itemId}/obligations/{version}/explanation}: why an obligation is due on its day. */
@RestController
class ExplanationController {

    private final ObligationCounts obligations;
    private final CurrentCalendar calendar;
    private final CurrentUsers users;

    ExplanationController(ObligationCounts obligations, CurrentCalendar calendar, CurrentUsers users) {
        this.obligations = obligations;
        this.calendar = calendar;
        this.users = users;
    }

    @Operation(summary = "Why an obligation is due on its day (role OFFICER)", description = """
            Every day from the start day (changedOn, not counted) to dueOn with its kind (START_DAY, WORKING_DAY, \
            WEEKEND, HOLIDAY, REGIONAL_HOLIDAY, MAKE_UP_WORKING_DAY), the holiday names the notice gives, whether \
            it is counted and as which working day; and the days off and make-up working days grouped into spans. \
            Described with the calendar as it is now: calendarChanged says it is not the one dueOn was counted on. \
            A periodic item has one obligation per period: period names it (2025-Q3), else the latest period \
            of that version is explained. 404 for an unknown obligation or one outside the caller's regions.""")
    @GetMapping("/api/items/{itemId}/obligations/{version}/explanation")
    DueDateExplanation explain(@PathVariable String itemId, @PathVariable int version,
                               @Parameter(description = "the period of a periodic obligation: 2025-09, 2025-Q3, "
                                       + "2025-H2 or 2025") @RequestParam(required = false) String period,
                               @Parameter(hidden = true) Principal caller) {
        RegionScope scope = users.scopeOf(caller);
        if (period != null && !Period.KEY.matcher(period).matches()) {
            throw new InvalidParameter("period", "period must name a month, quarter, half year or year "
                    + "(2025-09, 2025-Q3, 2025-H2, 2025); was '" + period + "'");
        }
        ObligationCount obligation = obligations.find(itemId, version, period).filter(o -> scope.permits(o.region()))
                .orElseThrow(() -> new ObligationNotFound(itemId, version));
        return DueDateExplainer.explain(obligation, calendar.calendar());
    }
}
