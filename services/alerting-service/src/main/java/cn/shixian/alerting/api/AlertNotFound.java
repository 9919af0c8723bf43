package cn.shixian.alerting.api;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered 404: no alert has this id. */
class AlertNotFound extends ErrorResponseException {

    AlertNotFound(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No alert '" + id + "'.");
        problem.setTitle("Alert not found");
        problem.setProperty("alertId", id);
        return problem;
    }
}
