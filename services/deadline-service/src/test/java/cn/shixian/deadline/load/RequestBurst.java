package cn.shixian.deadline.load;

import cn.shixian.contracts.Topic;
import cn.shixian.testsupport.ExampleEvent;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests for information (依申请公开) × (received, a mix of the clock's steps, answered), in eight
 * shapes that repeat: answered at once; corrected (补正); a third party consulted (征求意见); extended
 * (延期) and answered late; answered late; extended during a consultation (no deadline event of its
 * own: it is announced when the consultation ends); corrected and extended; answered at once. On
 * average 3.4 events and 3.25 deadline events per request, a quarter answered late.
 */
final class RequestBurst implements Burst {

    private static final int SHAPES = 8;
    /** Events of each shape, and the deadline events they make. */
    private static final int[] EVENTS = {2, 4, 4, 3, 2, 5, 5, 2};
    private static final int[] DEADLINE_EVENTS = {2, 4, 4, 3, 2, 4, 5, 2};

    private final int requests;
    private final String run;

    /** @param events warm-up and measured together: the requests that make about as many */
    RequestBurst(long events, String run) {
        this.requests = (int) (events * SHAPES / sum(EVENTS));
        this.run = run;
    }

    @Override
    public Topic topic() {
        return Topic.REQUESTS;
    }

    @Override
    public void produce(Sender sender) {
        SplittableRandom ids = new SplittableRandom(run.hashCode());
        for (int i = 0; i < requests; i++) {
            // spread over the key space, as a handling system's ids hashed by Kafka would be
            String id = String.format("650500-ysq-%016x", ids.nextLong());
            Events events = new Events(id, sender);
            events.send("received", "receivedAt", "2025-09-01T10:00:00+08:00");  // due 2025-09-29
            switch (i % SHAPES) {
                case 1 -> {
                    events.send("correction-requested", "at", "2025-09-03T10:00:00+08:00");
                    events.send("corrected", "at", "2025-09-10T10:00:00+08:00");
                }
                case 2 -> {
                    events.send("consultation-started", "at", "2025-09-04T10:00:00+08:00");
                    events.send("consultation-ended", "at", "2025-09-12T10:00:00+08:00");
                }
                case 3 -> events.extended("2025-09-15T10:00:00+08:00", 10);
                case 5 -> {
                    events.send("consultation-started", "at", "2025-09-04T10:00:00+08:00");
                    events.extended("2025-09-08T10:00:00+08:00", 10);
                    events.send("consultation-ended", "at", "2025-09-12T10:00:00+08:00");
                }
                case 6 -> {
                    events.send("correction-requested", "at", "2025-09-03T10:00:00+08:00");
                    events.send("corrected", "at", "2025-09-10T10:00:00+08:00");
                    events.extended("2025-09-15T10:00:00+08:00", 5);
                }
                default -> { }
            }
            // shapes 3 and 4 late: after 2025-10-20 (extended) and 2025-09-29
            String answered = switch (i % SHAPES) {
                case 3 -> "2025-11-03T10:00:00+08:00";
                case 4 -> "2025-10-09T10:00:00+08:00";
                default -> "2025-09-26T10:00:00+08:00";
            };
            events.send("answered", "answeredAt", answered);
        }
    }

    @Override
    public long events() {
        return count(EVENTS);
    }

    @Override
    public String consumedCounter() {
        return "shixian.request.events";
    }

    @Override
    public long deadlineEvents() {
        return count(DEADLINE_EVENTS);
    }

    @Override
    public String describe() {
        return String.format("%,d events (%,d requests x received + correction / consultation / extension mix"
                + " + answered, a quarter late; %,d deadline events)", events(), requests, deadlineEvents());
    }

    @Override
    public String check(JdbcClient jdbc, String schema) {
        long logged = Burst.count(jdbc, "select count(*) from " + schema + ".request_event");
        long stored = Burst.count(jdbc, "select count(*) from " + schema + ".request");
        long late = Burst.count(jdbc, "select count(*) from " + schema + ".request where state = 'ANSWERED_LATE'");
        long onTime = Burst.count(jdbc, "select count(*) from " + schema + ".request where state = 'ANSWERED_ON_TIME'");
        return String.format("%,d request events logged, %,d requests (%,d answered on time, %,d late)", logged,
                stored, onTime, late);
    }

    /** Events of {@code shapes[i % SHAPES]} for every request. */
    private long count(int[] shapes) {
        long total = 0;
        for (int i = 0; i < SHAPES; i++) {
            total += (long) shapes[i] * ((requests - i + SHAPES - 1) / SHAPES);
        }
        return total;
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum;
    }

    /** One request's events, from the contract examples. */
    private record Events(String requestId, Sender sender) {

        void send(String type, String field, String at) {
            sender.send(requestId, ExampleEvent.of("disclosure.request." + type).forRequest(requestId)
                    .with(field, at).bytes());
        }

        void extended(String at, int workingDays) {
            sender.send(requestId, ExampleEvent.of("disclosure.request.extended").forRequest(requestId)
                    .with("at", at).with("workingDays", workingDays).bytes());
        }
    }
}
