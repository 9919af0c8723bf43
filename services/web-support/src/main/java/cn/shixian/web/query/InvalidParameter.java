package cn.shixian.web.query;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter (query, path or body field) the API cannot take: answered 400 as
 * problem+json, naming the {@code parameter} and, where the values are a fixed set, the
 * {@code allowedValues}. The title is {@value #TITLE} unless a service {@linkplain #titled retitles} it.
 */
public class InvalidParameter extends ErrorResponseException {

    public static final String TITLE = "Invalid parameter";

    public InvalidParameter(String parameter, String detail) {
        this(parameter, detail, null);
    }

    /** @param allowedValues the values the parameter takes; null when they are no fixed set */
    public InvalidParameter(String parameter, String detail, List<String> allowedValues) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail, allowedValues), null);
    }

    /** The parameter the problem names. */
    public String parameter() {
        return (String) getBody().getProperties().get("parameter");
    }

    /** This problem with another title, for an API whose 400s always had their own; returns this. */
    public InvalidParameter titled(String title) {
        getBody().setTitle(title);
        return this;
    }

    private static ProblemDetail problem(String parameter, String detail, List<String> allowedValues) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(TITLE);
        problem.setProperty("parameter", parameter);
        if (allowedValues != null) {
            problem.setProperty("allowedValues", allowedValues);
        }
        return problem;
    }
}
