package cn.shixian.deadline.query;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered 404: the service has never heard of the item. */
class ItemNotFound extends ErrorResponseException {

    ItemNotFound(String itemId) {
        super(HttpStatus.NOT_FOUND, problem(itemId), null);
    }

    private static ProblemDetail problem(String itemId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No item '" + itemId + "': the deadline-service has received no event of it.");
        problem.setTitle("Item not found");
        problem.setProperty("itemId", itemId);
        return problem;
    }
}
