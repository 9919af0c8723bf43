package cn.shixian.deadline.query;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.InvalidEventException;
import cn.shixian.contracts.ItemPublished;
import cn.shixian.web.RegionScope;
import cn.shixian.web.query.ReadSnapshot;
import cn.shixian.web.query.Rows;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/** Reads an {@link ItemTimeline} from the service's tables. */
@Repository
class ItemTimelines {

    private static final Logger LOG = LoggerFactory.getLogger(ItemTimelines.class);

    private final JdbcClient jdbc;
    private final ReadSnapshot snapshot;
    private final EventCodec codec;

    ItemTimelines(JdbcClient jdbc, PlatformTransactionManager transactions, EventCodec codec) {
        this.jdbc = jdbc;
        this.snapshot = new ReadSnapshot(transactions);
        this.codec = codec;
    }

    /**
     * Empty if the service has neither an item row nor any event of {@code itemId}, or if the item
     * lies outside {@code scope}: a caller limited to some regions sees only items of those, and
     * not one known only by events that name no region yet.
     */
    Optional<ItemTimeline> find(String itemId, RegionScope scope) {
        // one snapshot for the five reads, so an event being applied meanwhile is seen everywhere or nowhere
        return snapshot.read(() -> {
            Optional<ItemTimeline.Item> item = jdbc.sql("select " + ItemTimeline.Item.COLUMNS
                            + " from item where item_id = :itemId")
                    .param("itemId", itemId).query(ItemTimeline.Item::read).optional();
            if (!scope.unlimited() && !item.map(i -> scope.permits(i.region())).orElse(false)) {
                return Optional.empty();
            }
            List<ItemTimeline.Event> events = jdbc.sql("""
                    select event_id, type, coalesce(event_time, payload::jsonb ->> 'time') as time, received_at, origin
                    from item_event where item_id = :itemId order by received_at, event_id""")
                    .param("itemId", itemId).query(ItemTimeline.Event::read).list();
            if (item.isEmpty() && events.isEmpty()) {
                return Optional.empty();
            }
            List<ObligationView> obligations = jdbc.sql("select " + ObligationView.COLUMNS
                            + " from obligation where item_id = :itemId order by version, counted_from")
                    .param("itemId", itemId).query(ObligationView::read).list();
            // publications live in the event log, whole; one dead-lettered (its item never came) is left out
            List<ItemTimeline.Publication> publications = jdbc.sql("""
                    select e.event_id, e.item_id, e.payload, e.received_at from item_event e
                    where e.item_id = :itemId and e.type = 'disclosure.item.published'
                      and not exists (select 1 from rejected_record r where r.origin = e.origin)""")
                    .param("itemId", itemId).query(this::publication).list().stream()
                    .flatMap(Optional::stream).sorted(ItemTimeline.Publication.IN_ORDER).toList();
            List<ItemTimeline.Recomputation> recomputations = jdbc.sql("""
                    select version, previous_due_on, due_on, calendar_version, provisional, recomputed_at, reason, period
                    from recomputation where item_id = :itemId order by recomputed_at, version""")
                    .param("itemId", itemId).query(ItemTimeline.Recomputation::read).list();
            return Optional.of(new ItemTimeline(itemId, item.orElse(null), events, obligations, publications,
                    recomputations));
        });
    }

    /** Read with the codec that accepted it, so whatever it accepted reads back the same way. */
    private Optional<ItemTimeline.Publication> publication(ResultSet row, int rowNumber) throws SQLException {
        String eventId = row.getString("event_id");
        try {
            ItemPublished published = (ItemPublished) codec.decode(
                    row.getString("payload").getBytes(StandardCharsets.UTF_8)).data();
            return Optional.of(new ItemTimeline.Publication(eventId, published.version(),
                    published.publishedAt().toInstant(), published.channel(), published.url(),
                    Rows.instant(row, "received_at")));
        } catch (InvalidEventException e) {
            // accepted once: only a schema grown stricter since can refuse it now
            LOG.warn("publication {} of item {} no longer reads: {}", eventId, row.getString("item_id"),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
