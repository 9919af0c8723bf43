package cn.shixian.deadline.query;

import cn.shixian.web.query.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the service knows about one catalog item (目录事项): its latest revision, the events
 * received for it, its obligations (one per version), its publications and the recomputations of its
 * obligations' due dates by calendar notices, each oldest first.
 *
 * @param item {@code null} while only events the intake has not applied yet are known
 */
record ItemTimeline(String itemId, Item item, List<Event> events, List<ObligationView> obligations,
                    List<Publication> publications, List<Recomputation> recomputations) {

    /**
     * The item's latest known revision.
     *
     * @param category      一级/二级/三级事项, null if not known (stored before the service kept it)
     * @param timeLimitText   公开时限 as the revision wrote it
     * @param processingLimit 办理时限 as the revision wrote it, null when it gave none: how long the
     *                        service takes (a service guide's), not a publication deadline
     */
    record Item(String itemId, int latestVersion, String region, String responsibleBody, String title,
                List<String> category, String timeLimitText, String processingLimit, String mode, Instant retiredAt,
                Instant updatedAt) {

        static final String COLUMNS = "item_id, latest_version, region, responsible_body, title, category, "
                + "time_limit_text, processing_limit, mode, retired_at, updated_at";

        static Item read(ResultSet row, int rowNumber) throws SQLException {
            return new Item(row.getString("item_id"), row.getInt("latest_version"), row.getString("region"),
                    row.getString("responsible_body"), row.getString("title"), ItemSummary.strings(row, "category"),
                    row.getString("time_limit_text"), row.getString("processing_limit"), row.getString("mode"),
                    Rows.instant(row, "retired_at"),
                    Rows.instant(row, "updated_at"));
        }
    }

    /**
     * An item event as received.
     *
     * @param time   the event's own CloudEvents {@code time}, as the sender wrote it (with its offset)
     * @param origin where it was read, {@code topic-partition@offset}
     */
    record Event(String eventId, String type, String time, Instant receivedAt, String origin) {

        static Event read(ResultSet row, int rowNumber) throws SQLException {
            return new Event(row.getString("event_id"), row.getString("type"), row.getString("time"),
                    Rows.instant(row, "received_at"), row.getString("origin"));
        }
    }

    /** A publication (公开) of one version of the item. */
    record Publication(String eventId, int version, Instant publishedAt, String channel, String url,
                       Instant receivedAt) {

        /** By version, then time of publication, then event id. */
        static final Comparator<Publication> IN_ORDER = Comparator.comparingInt(Publication::version)
                .thenComparing(Publication::publishedAt).thenComparing(Publication::eventId);
    }

    /**
     * A recomputation (重新计算) of the obligation of {@code version}: a calendar notice moved its due
     * date from {@code previousDueOn} to {@code dueOn}, or it stopped being provisional.
     *
     * @param reason what the recount did it for, e.g. "calendar CN:2027 loaded" or "… corrected"
     * @param period the period of a periodic obligation it moved, null for the others
     */
    record Recomputation(int version, LocalDate previousDueOn, LocalDate dueOn, String calendarVersion,
                         boolean provisional, Instant recomputedAt, String reason, String period) {

        static Recomputation read(ResultSet row, int rowNumber) throws SQLException {
            return new Recomputation(row.getInt("version"), row.getObject("previous_due_on", LocalDate.class),
                    row.getObject("due_on", LocalDate.class), row.getString("calendar_version"),
                    row.getBoolean("provisional"), Rows.instant(row, "recomputed_at"), row.getString("reason"),
                    row.getString("period"));
        }
    }
}
