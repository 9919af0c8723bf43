package cn.shixian.deadline.ingest;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.requestintake.RequestHistoryCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The second check of request events over HTTP (申请事件核对): after each event passed the schemas,
 * whether it fits its request's history, refused with the same reasons as on the topic (an
 * extension past 20 working days in total, an answer before receipt, …), so a sender learns at
 * once what the dead-letter topic would tell it later.
 */
@Component
class RequestEventCheck {

    private final RequestHistoryCheck histories;

    RequestEventCheck(RequestHistoryCheck histories) {
        this.histories = histories;
    }

    /** @throws InvalidBatch listing every request event that does not fit */
    List<ValidEvent> checked(List<ValidEvent> valid) {
        List<ValidEvent> requests = valid.stream().filter(v -> v.topic() == Topic.REQUESTS).toList();
        if (requests.isEmpty()) {
            return valid;
        }
        List<Optional<RequestHistoryCheck.Misfit>> verdicts = histories.check(
                requests.stream().<CloudEvent<?>>map(ValidEvent::event).toList());
        List<IngestError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            ValidEvent request = requests.get(i);
            verdicts.get(i).ifPresent(misfit -> errors.add(RequestMisfits.error(request.index(), request.event(), misfit)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidBatch(errors, valid.size());
        }
        return valid;
    }
}
