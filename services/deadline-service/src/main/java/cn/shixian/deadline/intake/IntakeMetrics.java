package cn.shixian.deadline.intake;

import cn.shixian.contracts.EventType;
import cn.shixian.contracts.Topic;
import cn.shixian.deadline.obligation.Disposition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The intake's meters, registered once so counting costs no lookup per event. */
@Component
class IntakeMetrics {

    private final Map<EventType, Counter> consumed = new EnumMap<>(EventType.class);
    private final Map<Disposition, Counter> dispositions = new EnumMap<>(Disposition.class);
    final Counter opened;
    final Counter unparsed;
    final Timer compute;

    IntakeMetrics(MeterRegistry registry) {
        for (EventType type : EventType.values()) {
            if (type.topic() == Topic.ITEMS) {
                consumed.put(type, Counter.builder("shixian.events.consumed").tag("type", type.type())
                        .description("Item events taken in (each CloudEvents id once)").register(registry));
            }
        }
        for (Disposition d : Disposition.values()) {
            dispositions.put(d, Counter.builder("shixian.item.events").tag("disposition", d.name().toLowerCase())
                    .description("Item events by what became of them; stale = not newer than the known version")
                    .register(registry));
        }
        opened = Counter.builder("shixian.obligations.opened").description("Publication obligations opened")
                .register(registry);
        unparsed = Counter.builder("shixian.time.limit.unparsed")
                .description("Obligations opened with the default 20 days because the time-limit text was unreadable")
                .register(registry);
        compute = Timer.builder("shixian.deadline.compute").description("Time to apply one item event")
                .publishPercentileHistogram().register(registry);
    }

    void consumed(EventType type, Disposition disposition) {
        consumed.get(type).increment();
        dispositions.get(disposition).increment();
    }
}
