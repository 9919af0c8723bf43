package cn.shixian.deadline.intake;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.eventing.DeadLetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** One record of {@code disclosure.items} and what the codec made of it: an event, or a reason to refuse it. */
record IncomingRecord(ConsumerRecord<String, byte[]> record, CloudEvent<?> event, String reason, String detail) {

    static IncomingRecord accepted(ConsumerRecord<String, byte[]> record, CloudEvent<?> event) {
        return new IncomingRecord(record, event, null, null);
    }

    static IncomingRecord refused(ConsumerRecord<String, byte[]> record, String reason, String detail) {
        return new IncomingRecord(record, null, reason, detail);
    }

    boolean isAccepted() {
        return event != null;
    }

    String origin() {
        return DeadLetter.origin(record.topic(), record.partition(), record.offset());
    }

    DeadLetter deadLetter(String why, String what) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), record.value(), why,
                what);
    }

    DeadLetter deadLetter() {
        return deadLetter(reason, detail);
    }
}
