package cn.shixian.deadline.reading;

import cn.shixian.contracts.Violation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Answered 400: the body is no reading. Its {@code errors} name each field and rule, as the
 * item events' {@code timeLimit} schema has them (the same rules as over Kafka).
 */
class InvalidReading extends ErrorResponseException {

    InvalidReading(List<Violation> violations) {
        super(HttpStatus.BAD_REQUEST, problem(violations), null);
    }

    private static ProblemDetail problem(List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not a reading of a time limit: give its kind with the fields the kind needs, "
                        + "e.g. {\"kind\": \"CALENDAR_DAYS\", \"calendarDays\": 30}. See 'errors'.");
        problem.setTitle("Invalid time limit reading");
        problem.setProperty("errors", List.copyOf(violations));
        return problem;
    }
}
