package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.CalendarException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Holiday notices over HTTP: {@code PUT /api/calendars/{region}/{year}} loads one (region {@code CN}
 * for the State Council's, else a GB/T 2260 prefix such as {@code 65}); {@code GET /api/calendars}
 * lists what the calendar holds.
 */
@RestController
@RequestMapping("/api/calendars")
class CalendarController {

    private final CalendarLoading loading;
    private final CalendarYears years;

    CalendarController(CalendarLoading loading, CalendarYears years) {
        this.loading = loading;
        this.years = years;
    }

    @PutMapping(path = "/{region}/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<NoticeLoaded> load(@PathVariable String region, @PathVariable int year,
                                      @RequestParam(defaultValue = "false") boolean correction,
                                      @RequestBody String notice, Principal principal) {
        NoticeLoaded loaded = loading.load(region, year, notice, correction, principal == null ? "" : principal.getName());
        boolean created = loaded.changed() && !correction;
        return created
                ? ResponseEntity.created(URI.create("/api/calendars/" + loaded.region() + "/" + year)).body(loaded)
                : ResponseEntity.ok(loaded);
    }

    @GetMapping
    List<CalendarYear> list() {
        return years.all();
    }

    @ExceptionHandler({CalendarException.class, InvalidNoticeRequest.class})
    ProblemDetail invalidNotice(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid holiday notice");
        return problem;
    }

    @ExceptionHandler(NoticeConflict.class)
    ProblemDetail conflict(NoticeConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Notice already loaded");
        return problem;
    }
}
