package cn.shixian.deadline.explanation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered 404: no obligation of that item and version, or none the caller may see. */
class ObligationNotFound extends ErrorResponseException {

    ObligationNotFound(String itemId, int version) {
        super(HttpStatus.NOT_FOUND, problem(itemId, version), null);
    }

    private static ProblemDetail problem(String itemId, int version) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No obligation of item '"
                + itemId + "' version " + version + ": the deadline-service has opened none for it.");
        problem.setTitle("Obligation not found");
        problem.setProperty("itemId", itemId);
        problem.setProperty("version", version);
        return problem;
    }
}
