package cn.shixian.deadline.requestapi;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered 404: no request of this id, or one outside the caller's regions (told apart by nothing). */
class RequestNotFound extends ErrorResponseException {

    RequestNotFound(String requestId) {
        super(HttpStatus.NOT_FOUND, problem(requestId), null);
    }

    private static ProblemDetail problem(String requestId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No request '" + requestId + "': the deadline-service has received no event of it.");
        problem.setTitle("Request not found");
        problem.setProperty("requestId", requestId);
        return problem;
    }
}
