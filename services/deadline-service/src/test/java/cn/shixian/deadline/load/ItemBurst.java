package cn.shixian.deadline.load;

import cn.shixian.contracts.Topic;
import cn.shixian.testsupport.ExampleEvent;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Items × (created + published), a quarter of them late: one obligation opened and met per item. */
final class ItemBurst implements Burst {

    private final int items;
    private final String run;

    /** @param events warm-up and measured together: half as many items */
    ItemBurst(long events, String run) {
        this.items = (int) (events / 2);
        this.run = run;
    }

    @Override
    public Topic topic() {
        return Topic.ITEMS;
    }

    @Override
    public void produce(Sender sender) {
        SplittableRandom ids = new SplittableRandom(run.hashCode());
        for (int i = 0; i < items; i++) {
            // shaped like the importer's ids (<region>-<16 hex digits of a hash>): spread over the
            // key space, not one ascending sequence that every consumer appends to
            String itemId = String.format("650500-%016x", ids.nextLong());
            byte[] created = ExampleEvent.of("disclosure.item.created").forItem(itemId).bytes();
            // every fourth one late: published after its due date 2025-10-28
            String at = i % 4 == 0 ? "2025-11-03T10:00:00+08:00" : "2025-10-20T10:00:00+08:00";
            byte[] published = ExampleEvent.of("disclosure.item.published").forItem(itemId)
                    .with("publishedAt", at).bytes();
            sender.send(itemId, created);
            sender.send(itemId, published);
        }
    }

    @Override
    public long events() {
        return items * 2L;
    }

    @Override
    public String consumedCounter() {
        return "shixian.events.consumed";
    }

    @Override
    public long deadlineEvents() {
        return items * 2L; // opened, met
    }

    @Override
    public String describe() {
        return String.format("%,d events (%,d items x created + published, a quarter late)", events(), items);
    }

    @Override
    public String check(JdbcClient jdbc, String schema) {
        long obligations = Burst.count(jdbc, "select count(*) from " + schema + ".obligation");
        long late = Burst.count(jdbc, "select count(*) from " + schema + ".obligation where state = 'MET_LATE'");
        long logged = Burst.count(jdbc, "select count(*) from " + schema + ".item_event");
        return String.format("%,d events logged, %,d obligations (%,d late)", logged, obligations, late);
    }
}
