package cn.shixian.deadline.requestintake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The request intake's meter: every {@code disclosure.requests} record taken in, by what became of
 * it, so a rate of request events can be read off (as {@code shixian.item.events} for items).
 */
@Component
class RequestIntakeMetrics {

    /** What became of a record. */
    enum Disposition {
        /** stored and folded into its request's clock. */
        APPLIED,
        /** an event already stored (same CloudEvents id): a redelivery. */
        DUPLICATE,
        /** read, but its request's clock refuses it: dead-lettered with the refusal's reason. */
        REFUSED,
        /** not a request event that the codec reads: dead-lettered. */
        UNREADABLE
    }

    private final Map<Disposition, Counter> counters = new EnumMap<>(Disposition.class);

    RequestIntakeMetrics(MeterRegistry registry) {
        for (Disposition d : Disposition.values()) {
            counters.put(d, Counter.builder("shixian.request.events").tag("disposition", d.name().toLowerCase(Locale.ROOT))
                    .description("Request events taken in, by what became of them").register(registry));
        }
    }

    void count(Disposition disposition) {
        counters.get(disposition).increment();
    }
}
