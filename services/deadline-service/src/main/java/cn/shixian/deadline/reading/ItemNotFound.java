package cn.shixian.deadline.reading;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered 404: no such item, or one outside the officer's regions (which must not learn it exists). */
class ItemNotFound extends ErrorResponseException {

    ItemNotFound(String itemId) {
        super(HttpStatus.NOT_FOUND, problem(itemId), null);
    }

    private static ProblemDetail problem(String itemId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No item '" + itemId + "' in your regions: the deadline-service has received no event of it.");
        problem.setTitle("Item not found");
        problem.setProperty("itemId", itemId);
        return problem;
    }
}
