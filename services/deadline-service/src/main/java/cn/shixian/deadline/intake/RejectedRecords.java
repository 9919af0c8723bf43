package cn.shixian.deadline.intake;

import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.eventing.outbox.OutboxRecord;
import cn.shixian.eventing.DeadLetter;
import cn.shixian.eventing.DeadLetterMetrics;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Bad input on its way to {@code disclosure.items.DLT}: recorded by origin and put in the outbox in
 * the batch's transaction, so a redelivered bad record is dead-lettered once, and never lost.
 */
@Repository
public class RejectedRecords {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final DeadLetterMetrics metrics;
    private final Clock clock;

    RejectedRecords(JdbcTemplate jdbc, Outbox outbox, DeadLetterMetrics metrics, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void reject(List<DeadLetter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<OutboxRecord> records = new ArrayList<>();
        for (DeadLetter letter : letters) {
            // one at a time: bad records are rare, and each needs to know whether it is new
            int inserted = jdbc.update("""
                    insert into rejected_record (origin, reason, detail, rejected_at) values (?, ?, ?, ?)
                    on conflict (origin) do nothing""", letter.origin(), letter.reason(), letter.detail(), now);
            if (inserted == 1) {
                records.add(letter.outboxRecord());
                metrics.count(letter.topic(), letter.reason());
            }
        }
        outbox.append(records);
    }
}
