package cn.shixian.workbench.request;

import cn.shixian.web.CurrentUsers;
import cn.shixian.web.RegionScope;
import cn.shixian.workbench.WorkbenchSettings;
import cn.shixian.workbench.services.DeadlineApi;
import cn.shixian.workbench.services.RequestTable;
import cn.shixian.workbench.web.Dates;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The yearly report's request table (年度报告 三、收到和处理政府信息公开申请情况) of a year and region, laid
 * out like the 2021 format, with its consistency check (一 + 二 = 三 + 四); and the deadline-service's
 * XLSX of it streamed through. By default last year (reports are due by 31 January for the year
 * before) and the officer's first region.
 */
@Controller
class RequestReportController {

    /** The first year of the 条例 in force (2019-05-15); the deadline-service refuses earlier ones. */
    static final int FIRST_YEAR = 2019;

    private final DeadlineApi deadline;
    private final CurrentUsers users;
    private final Clock clock;
    private final WorkbenchSettings settings;

    RequestReportController(DeadlineApi deadline, CurrentUsers users, Clock clock, WorkbenchSettings settings) {
        this.deadline = deadline;
        this.users = users;
        this.clock = clock;
        this.settings = settings;
    }

    @GetMapping("/reports/requests")
    String report(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
                  Principal officer, Model model) {
        RegionScope scope = users.scopeOf(officer);
        String shownRegion = region(region, scope);
        int thisYear = LocalDate.now(clock.withZone(settings.zoneOf(shownRegion))).getYear();
        int shownYear = year(year, thisYear);
        RequestTable table = deadline.requestTable(shownYear, shownRegion);
        model.addAttribute("table", table);
        model.addAttribute("layout", ReportLayout.of(table));
        model.addAttribute("year", shownYear);
        model.addAttribute("region", shownRegion);
        model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, thisYear).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("regions", scope.prefixes());
        model.addAttribute("xlsxQuery", "year=" + shownYear + (shownRegion == null ? "" : "&region="
                + java.net.URLEncoder.encode(shownRegion, StandardCharsets.UTF_8)));
        return "request-report";
    }

    @GetMapping("/reports/requests.xlsx")
    void xlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
              Principal officer, HttpServletResponse response) {
        String shownRegion = region(region, users.scopeOf(officer));
        int shownYear = year(year, LocalDate.now(clock.withZone(settings.zoneOf(shownRegion))).getYear());
        String name = (Dates.chinese(LocaleContextHolder.getLocale()) ? "政府信息公开申请情况-" : "requests-") + shownYear
                + (shownRegion == null ? "" : "-" + shownRegion) + ".xlsx";
        deadline.requestTableXlsx(shownYear, shownRegion, () -> {
            response.setContentType(DeadlineApi.XLSX);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
            return response.getOutputStream();
        });
    }

    /** The region asked for, else the officer's first; null (all of the officer's) for an officer of every region. */
    private static String region(String region, RegionScope scope) {
        if (region != null && !region.isBlank()) {
            return region.strip();
        }
        return scope.prefixes().isEmpty() ? null : scope.prefixes().getFirst();
    }

    /** The year asked for if it is a number (the service judges its range), else last year. */
    private static int year(String year, int thisYear) {
        try {
            return year == null || year.isBlank() ? thisYear - 1 : Integer.parseInt(year.strip());
        } catch (NumberFormatException notANumber) {
            return thisYear - 1;
        }
    }
}
