package cn.shixian.deadline.query;

import cn.shixian.web.query.Rows;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * A catalog item (目录事项) as its latest revision states it, for item listings: what a catalog
 * re-import compares its rows with.
 *
 * @param version       the latest version known
 * @param category      一级/二级/三级事项, outermost first; null if not known (an item stored before the
 *                      service kept it, schema V9, and not revised since)
 * @param mode          {@code ACTIVE} (主动公开) or {@code ON_REQUEST} (依申请公开)
 * @param timeLimitText 公开时限 as the revision wrote it, null when it gave none (or not known, as category)
 * @param processingLimit 办理时限 as the revision wrote it (a service guide's processing limit, no
 *                      publication deadline), null when it gave none
 * @param retired       the item left the catalog (item.retired)
 * @param updatedAt     when the service last wrote the item
 */
record ItemSummary(String itemId, int version, String region, String responsibleBody, String title,
                   List<String> category, String mode, String timeLimitText, String processingLimit, boolean retired,
                   Instant updatedAt) {

    static final String COLUMNS = """
            item_id, latest_version, region, responsible_body, title, category, mode, time_limit_text,
            processing_limit, retired_at, updated_at""";

    static ItemSummary read(ResultSet row, int rowNumber) throws SQLException {
        return new ItemSummary(row.getString("item_id"), row.getInt("latest_version"), row.getString("region"),
                row.getString("responsible_body"), row.getString("title"), strings(row, "category"),
                row.getString("mode"), row.getString("time_limit_text"), row.getString("processing_limit"),
                row.getTimestamp("retired_at") != null,
                Rows.instant(row, "updated_at"));
    }

    /** A {@code text[]} column as a list; null stays null. */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? null : List.of((String[]) array.getArray());
    }
}
