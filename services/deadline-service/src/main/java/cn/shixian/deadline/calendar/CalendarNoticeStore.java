package cn.shixian.deadline.calendar;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The notices loaded at runtime, so a restart counts with the same calendar. */
@Repository
class CalendarNoticeStore {

    private final JdbcTemplate jdbc;

    CalendarNoticeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(StoredNotice notice) {
        jdbc.update("""
                insert into calendar_notice (region, year, source, confidence, document, calendar_version, loaded_at,
                    loaded_by) values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                on conflict (region, year) do update set source = excluded.source,
                    confidence = excluded.confidence, document = excluded.document,
                    calendar_version = excluded.calendar_version, loaded_at = excluded.loaded_at,
                    loaded_by = excluded.loaded_by""",
                notice.region(), notice.year(), notice.source(), notice.confidence(), notice.document(),
                notice.calendarVersion(), Timestamp.from(notice.loadedAt().toInstant()), notice.loadedBy());
    }

    /** In load order: a correction comes after what it corrects. */
    List<StoredNotice> all() {
        return jdbc.query("""
                select region, year, source, confidence, document::text, calendar_version, loaded_at, loaded_by
                from calendar_notice order by loaded_at, region, year""", (rs, i) -> new StoredNotice(
                rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getTimestamp(7).toInstant().atOffset(ZoneOffset.UTC), rs.getString(8)));
    }
}
