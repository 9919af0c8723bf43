package cn.shixian.deadline.query;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered 404: the service has never heard of the item, or it lies outside the caller's regions (the same answer). */
public class ItemNotFound extends ErrorResponseException {

    public ItemNotFound(String itemId) {
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
