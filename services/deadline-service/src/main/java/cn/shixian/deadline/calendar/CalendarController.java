package cn.shixian.deadline.calendar;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.notice.UnreadableNotice;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Holiday notices over HTTP: {@code PUT /api/calendars/{region}/{year}} loads one (region {@code CN}
 * for the State Council's, else a GB/T 2260 prefix such as {@code 65}), as JSON or as its text
 * ({@code text/plain}), or with {@code ?dryRun=true} answers what it would change;
 * {@code GET /api/calendars} lists what the calendar holds.
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
                                      @RequestParam(defaultValue = "false") boolean dryRun,
                                      @RequestBody String notice, Principal principal) {
        return answer(loading.load(region, year, notice, correction, dryRun, user(principal)), correction);
    }

    /**
     * The notice's text itself, as published (UTF-8 unless the content type names another charset);
     * {@code source} is its address.
     */
    @PutMapping(path = "/{region}/{year}", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<NoticeLoaded> loadText(@PathVariable String region, @PathVariable int year,
                                          @RequestParam(defaultValue = "false") boolean correction,
                                          @RequestParam(defaultValue = "false") boolean dryRun,
                                          @RequestParam(defaultValue = "") String source,
                                          @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                                          @RequestBody byte[] text, Principal principal) {
        Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        return answer(loading.loadText(region, year, new String(text, charset), source, correction, dryRun,
                user(principal)), correction);
    }

    private static ResponseEntity<NoticeLoaded> answer(NoticeLoaded loaded, boolean correction) {
        boolean created = loaded.changed() && !correction && !loaded.dryRun();
        return created
                ? ResponseEntity.created(URI.create("/api/calendars/" + loaded.region() + "/" + loaded.year()))
                        .body(loaded)
                : ResponseEntity.ok(loaded);
    }

    private static String user(Principal principal) {
        return principal == null ? "" : principal.getName();
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

    /** Every unreadable line of a notice's text, by number: {@code lines[]} of {@code line}, {@code text}, {@code problem}. */
    @ExceptionHandler(UnreadableNotice.class)
    ProblemDetail unreadableText(UnreadableNotice e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The notice's text has "
                + e.problems().size() + " unreadable line(s), nothing was loaded: " + e.getMessage());
        problem.setTitle("Unreadable notice text");
        problem.setProperty("lines", e.problems());
        return problem;
    }

    @ExceptionHandler(NoticeConflict.class)
    ProblemDetail conflict(NoticeConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Notice already loaded");
        return problem;
    }
}
