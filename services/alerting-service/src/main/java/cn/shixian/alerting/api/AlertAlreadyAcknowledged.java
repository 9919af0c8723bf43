package cn.shixian.alerting.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered 409: someone acknowledged the alert before; the first acknowledgement stands. */
class AlertAlreadyAcknowledged extends ErrorResponseException {

    AlertAlreadyAcknowledged(AlertView alert) {
        super(HttpStatus.CONFLICT, problem(alert), null);
    }

    private static ProblemDetail problem(AlertView alert) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Alert '" + alert.id()
                + "' was already acknowledged by " + alert.acknowledgedBy() + " at " + alert.acknowledgedAt() + ".");
        problem.setTitle("Alert already acknowledged");
        problem.setProperty("alertId", alert.id());
        problem.setProperty("acknowledgedBy", alert.acknowledgedBy());
        problem.setProperty("acknowledgedAt", alert.acknowledgedAt());
        return problem;
    }
}
