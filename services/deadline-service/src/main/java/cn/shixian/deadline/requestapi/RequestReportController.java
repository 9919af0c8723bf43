package cn.shixian.deadline.requestapi;

import cn.shixian.deadline.request.RequestReport;
import cn.shixian.web.CurrentUsers;
import cn.shixian.web.query.InvalidParameter;
import cn.shixian.web.query.RequestParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/requests}: the yearly report's request table (年度报告 part 三) for a year
 * and region, as JSON with its consistency check, or as XLSX laid out like the form. Counts only
 * the caller's regions.
 */
@RestController
class RequestReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RequestReports reports;
    private final CurrentUsers users;

    RequestReportController(RequestReports reports, CurrentUsers users) {
        this.reports = reports;
        this.users = users;
    }

    @Operation(summary = "The yearly report's request table (role OFFICER)", description = """
            Part 三 of the 2021 format for one year: every row by every applicant column, and the form's rules \
            (一+二=三+四, 三（七） the sum of the outcomes, 总计 the sum of the columns) with the cells they name when \
            broken. JSON by default; XLSX with Accept: """ + XLSX + " or format=xlsx.")
    @GetMapping("/api/reports/requests")
    ResponseEntity<?> table(@Parameter(description = "2019 or later") @RequestParam(required = false) String year,
                            @Parameter(description = RequestParameters.REGION_DESCRIPTION)
                            @RequestParam(required = false) String region,
                            @Parameter(description = "json (default) or xlsx") @RequestParam(required = false) String format,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                            @Parameter(hidden = true) Principal caller) {
        int reportYear = year(year);
        String prefix = RequestParameters.regionPrefix(region);
        boolean xlsx = wantsXlsx(format, accept);
        RequestReport report = reports.of(reportYear, prefix, users.scopeOf(caller));
        if (xlsx) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"requests-" + reportYear
                            + (prefix == null ? "" : "-" + prefix) + ".xlsx\"")
                    .body(ReportWorkbook.of(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(ReportTable.of(report, prefix));
    }

    private static int year(String year) {
        try {
            int value = Integer.parseInt(year == null ? "" : year.strip());
            // the 条例 in force since 2019 and its format since 2021; 2019 reports used the same rows
            if (value >= 2019 && value <= 9999) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, with the parameter named
        }
        throw new InvalidParameter("year", "year must be a year from 2019 on, e.g. 2025; was '" + year + "'");
    }

    private static boolean wantsXlsx(String format, String accept) {
        String chosen = RequestParameters.blankToNull(format);
        if (chosen != null && !chosen.equals("json") && !chosen.equals("xlsx")) {
            throw new InvalidParameter("format", "format must be json or xlsx; was '" + format + "'");
        }
        return "xlsx".equals(chosen) || chosen == null && accept != null && accept.contains(XLSX);
    }
}
