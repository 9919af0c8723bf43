package cn.shixian.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as {@code application/problem+json} (RFC 9457, 问题详情): what Boot's
 * {@code spring.mvc.problemdetails.enabled} gives (bad parameters, unreadable bodies, 404, 405,
 * 415, and every {@link org.springframework.web.ErrorResponse} a controller throws), plus a
 * 500 for anything unexpected that says nothing about the server's insides.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception failure, WebRequest request) throws Exception {
        if (answeredElsewhere(failure)) {
            // rethrowing the handled exception hands it on: to Spring Security's filter, or to
            // the resolver that reads @ResponseStatus
            throw failure;
        }
        // the stack trace goes to the log, never to the client
        LOG.error("Unexpected failure of {}", request.getDescription(false), failure);
        // "instance" (the request path) is filled in by Spring MVC when the body is written
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. It has been logged; if it persists, tell the operators the time of this request.");
        return handleExceptionInternal(failure, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    private static boolean answeredElsewhere(Exception failure) {
        return failure instanceof AccessDeniedException
                || failure instanceof AuthenticationException
                || AnnotatedElementUtils.hasAnnotation(failure.getClass(), ResponseStatus.class);
    }
}
