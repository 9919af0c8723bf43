package cn.shixian.deadline.ingest;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request with at least one bad event: answered 400 with every error, and nothing produced
 * (a batch is all or nothing, so a sender never has to work out which half went through).
 */
class InvalidBatch extends ErrorResponseException {

    InvalidBatch(List<IngestError> errors, int eventCount) {
        super(HttpStatus.BAD_REQUEST, problem(errors, eventCount), null);
    }

    private static ProblemDetail problem(List<IngestError> errors, int eventCount) {
        long invalid = errors.stream().map(IngestError::index).distinct().count();
        String what = eventCount == 0
                ? "The request is not a JSON CloudEvent or array of CloudEvents"
                : invalid + " of " + eventCount + (eventCount == 1 ? " event is" : " events are") + " invalid";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                what + "; nothing was produced. Correct the events listed in 'errors' and send the whole request again.");
        problem.setTitle("Invalid events");
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    @SuppressWarnings("unchecked")
    List<IngestError> errors() {
        return (List<IngestError>) getBody().getProperties().get("errors");
    }
}
