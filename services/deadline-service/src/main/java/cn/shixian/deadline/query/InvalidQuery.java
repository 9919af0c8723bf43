package cn.shixian.deadline.query;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query parameter out of range or unknown: answered 400, naming the parameter and what it accepts. */
class InvalidQuery extends ErrorResponseException {

    InvalidQuery(String parameter, String detail, List<String> allowedValues) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail, allowedValues), null);
    }

    private static ProblemDetail problem(String parameter, String detail, List<String> allowedValues) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid query parameter");
        problem.setProperty("parameter", parameter);
        if (allowedValues != null) {
            problem.setProperty("allowedValues", allowedValues);
        }
        return problem;
    }
}
