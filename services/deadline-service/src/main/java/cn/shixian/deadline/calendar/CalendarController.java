package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.HolidayNotice;
import java.net.URI;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final CurrentCalendar current;
    private final CalendarNoticeStore store;

    CalendarController(CalendarLoading loading, CurrentCalendar current, CalendarNoticeStore store) {
        this.loading = loading;
        this.current = current;
        this.store = store;
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
        Map<String, StoredNotice> loaded = store.all().stream()
                .collect(Collectors.toMap(s -> s.region() + ":" + s.year(), Function.identity(), (a, b) -> b));
        return current.calendar().notices().stream()
                .map(n -> year(n, loaded.get(NoticeKey.name(n.region()) + ":" + n.year())))
                .sorted(Comparator.comparing(CalendarYear::region).thenComparingInt(CalendarYear::year))
                .toList();
    }

    private CalendarYear year(HolidayNotice notice, StoredNotice stored) {
        boolean runtime = stored != null && stored.source().equals(notice.source());
        return new CalendarYear(NoticeKey.name(notice.region()), notice.year(), notice.source(), notice.confidence(),
                notice.isConfirmed(), current.calendar().version(notice.region()).value(),
                runtime ? "loaded" : "bundled", runtime ? stored.loadedAt() : null, runtime ? stored.loadedBy() : null);
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
