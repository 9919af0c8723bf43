package cn.shixian.deadline.ingest;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Kafka did not acknowledge every event in time: answered 503. The unacknowledged events may
 * still arrive (a timed-out send is not a failed one), so the answer names what is certain and
 * tells the sender to resend; consumers drop an event id they have already recorded.
 */
class ProductionIncomplete extends ErrorResponseException {

    ProductionIncomplete(List<String> acknowledged, List<String> unacknowledged, Duration timeout, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(acknowledged, unacknowledged, timeout), cause);
    }

    private static ProblemDetail problem(List<String> acknowledged, List<String> unacknowledged, Duration timeout) {
        int total = acknowledged.size() + unacknowledged.size();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Kafka acknowledged " + acknowledged.size() + " of " + total + " events within " + timeout.toMillis()
                        + " ms (listed in 'acknowledgedIds'). The others ('unacknowledgedIds') may or may not have "
                        + "been produced: send them again, or the whole request; an event id already received is ignored.");
        problem.setTitle("Events not acknowledged by Kafka");
        problem.setProperty("acknowledgedIds", List.copyOf(acknowledged));
        problem.setProperty("unacknowledgedIds", List.copyOf(unacknowledged));
        return problem;
    }
}
