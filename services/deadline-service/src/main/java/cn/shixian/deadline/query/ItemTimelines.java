package cn.shixian.deadline.query;

import cn.shixian.web.query.ReadSnapshot;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/** Reads an {@link ItemTimeline} from the service's tables. */
@Repository
class ItemTimelines {

    private final JdbcClient jdbc;
    private final ReadSnapshot snapshot;

    ItemTimelines(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new ReadSnapshot(transactions);
    }

    /** Empty if the service has neither an item row nor any event of {@code itemId}. */
    Optional<ItemTimeline> find(String itemId) {
        // one snapshot for the four reads, so an event being applied meanwhile is seen everywhere or nowhere
        return snapshot.read(() -> {
            Optional<ItemTimeline.Item> item = jdbc.sql("""
                    select item_id, latest_version, region, responsible_body, title, mode, retired_at, updated_at
                    from item where item_id = :itemId""")
                    .param("itemId", itemId).query(ItemTimeline.Item::read).optional();
            List<ItemTimeline.Event> events = jdbc.sql("""
                    select event_id, type, coalesce(event_time, payload::jsonb ->> 'time') as time, received_at, origin
                    from item_event where item_id = :itemId order by received_at, event_id""")
                    .param("itemId", itemId).query(ItemTimeline.Event::read).list();
            if (item.isEmpty() && events.isEmpty()) {
                return Optional.empty();
            }
            List<ObligationView> obligations = jdbc.sql("select " + ObligationView.COLUMNS
                            + " from obligation where item_id = :itemId order by version")
                    .param("itemId", itemId).query(ObligationView::read).list();
            // publications live in the event log, whole; one dead-lettered (its item never came) is left out
            List<ItemTimeline.Publication> publications = jdbc.sql("""
                    select e.event_id, (p.data ->> 'version')::integer as version,
                           (p.data ->> 'publishedAt')::timestamptz as published_at, p.data ->> 'channel' as channel,
                           p.data ->> 'url' as url, e.received_at
                    from item_event e cross join lateral (select e.payload::jsonb -> 'data') as p(data)
                    where e.item_id = :itemId and e.type = 'disclosure.item.published'
                      and not exists (select 1 from rejected_record r where r.origin = e.origin)
                    order by version, published_at, event_id""")
                    .param("itemId", itemId).query(ItemTimeline.Publication::read).list();
            return Optional.of(new ItemTimeline(itemId, item.orElse(null), events, obligations, publications));
        });
    }
}
