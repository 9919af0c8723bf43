package cn.shixian.workbench.calendar;

import cn.shixian.web.CurrentUsers;
import cn.shixian.web.RegionScope;
import cn.shixian.workbench.services.CalendarYear;
import cn.shixian.workbench.services.DeadlineApi;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The working-day calendar (日历) of a region for a year: days off, make-up working days, regional
 * days and provisional days, with each notice it rests on, its source and how sure it is.
 */
@Controller
class CalendarController {

    private final DeadlineApi deadline;
    private final CurrentUsers users;
    private final Clock clock;

    CalendarController(DeadlineApi deadline, CurrentUsers users, Clock clock) {
        this.deadline = deadline;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String calendar(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                    Principal officer, Model model) {
        RegionScope scope = users.scopeOf(officer);
        String shown = region != null && !region.isBlank() ? region.strip()
                : scope.prefixes().isEmpty() ? "CN" : scope.prefixes().getFirst();
        int shownYear = year != null ? year : LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        CalendarYear calendar = deadline.calendar(shown, shownYear);
        model.addAttribute("calendar", calendar);
        model.addAttribute("grid", YearGrid.of(calendar));
        model.addAttribute("namedDays", YearGrid.namedDays(calendar));
        model.addAttribute("region", shown);
        model.addAttribute("year", shownYear);
        return "calendar";
    }
}
