package cn.shixian.deadline.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.deadline.DeadlineSchema;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V8 keeps a table row only for publications still waiting for their version; the others live on
 * in the event log. On upgrade, the waiting ones must stay, of known and of unknown items alike.
 */
class HeldPublicationMigrationTest {

    @Test
    void publications_still_waiting_for_their_version_stay_held_the_others_go() {
        DeadlineSchema db = new DeadlineSchema("held_migration").migrateTo("7");
        JdbcTemplate jdbc = db.jdbc();
        String schema = db.name();
        jdbc.update("insert into " + schema + ".item (item_id, latest_version, region, responsible_body, title, mode,"
                + " updated_at) values ('known', 2, '650500', 'body', 'title', 'ACTIVE', now())");
        jdbc.update("insert into " + schema + ".publication (event_id, item_id, version, published_at, received_at)"
                + " values ('applied-1', 'known', 1, now(), now()), ('applied-2', 'known', 2, now(), now()),"
                + " ('waiting-3', 'known', 3, now(), now()), ('unknown-item', 'never-seen', 1, now(), now())");

        db.migrateTo("latest");

        assertThat(jdbc.queryForList("select event_id from " + schema + ".held_publication order by event_id",
                String.class)).containsExactly("unknown-item", "waiting-3");
        assertThat(jdbc.queryForObject("select to_regclass(?)::text", String.class, schema + ".publication"))
                .as("the old table is renamed").isNull();
    }
}
