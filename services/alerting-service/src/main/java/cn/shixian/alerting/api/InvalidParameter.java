package cn.shixian.alerting.api;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter (query, path or body field) the API cannot take: answered 400, naming the
 * parameter and, where the values are a fixed set, the {@code allowedValues}.
 */
class InvalidParameter extends ErrorResponseException {

    InvalidParameter(String parameter, String detail) {
        this(parameter, detail, null);
    }

    InvalidParameter(String parameter, String detail, List<String> allowedValues) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail, allowedValues), null);
    }

    private static ProblemDetail problem(String parameter, String detail, List<String> allowedValues) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", parameter);
        if (allowedValues != null) {
            problem.setProperty("allowedValues", allowedValues);
        }
        return problem;
    }
}
