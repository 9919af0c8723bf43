package cn.shixian.alerting.obligation;

import cn.shixian.eventing.DeadLetter;
import cn.shixian.eventing.DeadLetterMetrics;
import cn.shixian.eventing.outbox.Outbox;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refused deadline records on their way to {@code disclosure.deadlines.DLT}: put in the outbox in the
 * batch's transaction (so a record is dead-lettered exactly when its batch commits), with the reason
 * in headers, and counted in {@code shixian_dead_letters_total}.
 */
@Component
class DeadLetters {

    private final Outbox outbox;
    private final DeadLetterMetrics metrics;

    DeadLetters(Outbox outbox, DeadLetterMetrics metrics) {
        this.outbox = outbox;
        this.metrics = metrics;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void send(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        outbox.append(letters.stream().map(DeadLetter::outboxRecord).toList());
        letters.forEach(l -> metrics.count(l.topic(), l.reason()));
    }
}
