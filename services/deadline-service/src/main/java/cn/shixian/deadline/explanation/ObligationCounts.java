package cn.shixian.deadline.explanation;

import cn.shixian.workcalendar.timelimit.DueCount.CountUnit;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads how an obligation was counted from {@code obligation}. */
@Repository
class ObligationCounts {

    private final JdbcClient jdbc;

    ObligationCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The obligation of that version, of {@code period} if given, else of its latest period (or its only one). */
    Optional<ObligationCount> find(String itemId, int version, String period) {
        return jdbc.sql("""
                select item_id, version, region, changed_on, working_days, due_on, calendar_version, count_unit, counted_from
                from obligation where item_id = :itemId and version = :version
                  and (cast(:period as text) is null or period = :period)
                order by counted_from desc limit 1""")
                .param("itemId", itemId).param("version", version).param("period", period)
                .query((row, n) -> new ObligationCount(row.getString("item_id"), row.getInt("version"),
                        row.getString("region"), row.getObject("changed_on", LocalDate.class),
                        row.getInt("working_days"), row.getObject("due_on", LocalDate.class),
                        row.getString("calendar_version"), CountUnit.valueOf(row.getString("count_unit")),
                        row.getObject("counted_from", LocalDate.class)))
                .optional();
    }
}
