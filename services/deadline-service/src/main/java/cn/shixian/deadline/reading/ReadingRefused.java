package cn.shixian.deadline.reading;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Answered 409: the item cannot take a reading as it stands (retired, published on request, its
 * change date not known yet) or the reading cannot be counted on the calendar.
 */
class ReadingRefused extends ErrorResponseException {

    ReadingRefused(String why) {
        super(HttpStatus.CONFLICT, problem(why), null);
    }

    private static ProblemDetail problem(String why) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, why);
        problem.setTitle("Time limit reading refused");
        return problem;
    }
}
