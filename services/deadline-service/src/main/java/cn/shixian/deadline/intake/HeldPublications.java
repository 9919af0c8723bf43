package cn.shixian.deadline.intake;

import cn.shixian.contracts.Topic;
import cn.shixian.eventing.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A publication of an item never seen is held: its created event may still be on its way. One
 * still unknown after the grace period is dead-lettered as {@code unknown-item}, with the origin
 * of the original record; one set-based query per sweep, whatever the number of instances
 * ({@code skip locked}).
 */
@Component
class HeldPublications {

    private static final Pattern ORIGIN = Pattern.compile(".*-(\\d+)@(\\d+)");

    private final JdbcTemplate jdbc;
    private final RejectedRecords rejected;
    private final IntakeSettings settings;
    private final Clock clock;

    HeldPublications(JdbcTemplate jdbc, RejectedRecords rejected, IntakeSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.rejected = rejected;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shixian.intake.held-publication-sweep:30s}")
    @Transactional
    public void deadLetterExpired() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(settings.heldPublicationGrace()));
        List<DeadLetter> expired = new ArrayList<>();
        List<String> itemIds = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        jdbc.query("""
                select p.event_id, p.item_id, e.payload, e.origin from held_publication p
                join item_event e on e.item_id = p.item_id and e.event_id = p.event_id
                where p.received_at < ? and not exists (select 1 from item i where i.item_id = p.item_id)
                order by p.received_at limit 1000
                for update of p skip locked""", rs -> {
                    eventIds.add(rs.getString(1));
                    itemIds.add(rs.getString(2));
                    expired.add(deadLetter(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, cutoff);
        if (expired.isEmpty()) {
            return;
        }
        jdbc.update("""
                delete from held_publication p using unnest(?::text[], ?::text[]) as k(item_id, event_id)
                where p.item_id = k.item_id and p.event_id = k.event_id""",
                itemIds.toArray(String[]::new), eventIds.toArray(String[]::new));
        rejected.reject(expired);
    }

    private DeadLetter deadLetter(String itemId, String payload, String origin) {
        // origin is topic-partition@offset as IncomingRecord wrote it; absent for events recorded before V2
        Matcher parts = ORIGIN.matcher(origin == null ? "" : origin);
        boolean known = parts.matches();
        return new DeadLetter(Topic.ITEMS.topicName(), known ? Integer.parseInt(parts.group(1)) : -1,
                known ? Long.parseLong(parts.group(2)) : -1, itemId, payload.getBytes(StandardCharsets.UTF_8),
                "unknown-item", "item.published for item " + itemId + ", which has no created or changed event "
                        + "within " + settings.heldPublicationGrace());
    }
}
