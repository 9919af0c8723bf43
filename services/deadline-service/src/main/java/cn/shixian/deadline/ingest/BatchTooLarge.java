package cn.shixian.deadline.ingest;

import cn.shixian.contracts.EventCodec;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request body above the codec's batch limit: answered 413, nothing read further, nothing produced. */
class BatchTooLarge extends ErrorResponseException {

    BatchTooLarge() {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request has more than " + EventCodec.MAX_BATCH_BYTES + " bytes, the most one request may carry ("
                        + EventCodec.MAX_BATCH_BYTES / EventCodec.MAX_EVENT_BYTES + " events of the largest size, "
                        + EventCodec.MAX_EVENT_BYTES + " bytes each). Nothing was produced: split the batch.");
        problem.setTitle("Request too large");
        problem.setProperty("maxBytes", EventCodec.MAX_BATCH_BYTES);
        return problem;
    }
}
