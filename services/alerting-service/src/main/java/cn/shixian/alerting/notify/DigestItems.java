package cn.shixian.alerting.notify;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.StatePredicates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The obligations a digest (摘要) covers: those due soon, overdue or escalated now (items' and requests'), in the regions
 * and bodies a channel's routes name. Read from the obligation read model, so the digest tells the
 * state of today, not the history of alerts.
 */
@Repository
class DigestItems {

    /** One obligation (an item's or a request's) in a digest. */
    record Item(ObligationKind kind, String itemId, int version, String region, String responsibleBody, String title,
                LocalDate dueOn, String state) {
    }

    private static final String ALERTED = StatePredicates.in("state", ObligationLifecycle.ALERTED_OPEN);
    private static final String PRESSING_FIRST = StatePredicates.rank("state", ObligationLifecycle.pressingFirst());

    private final JdbcTemplate jdbc;

    DigestItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The most pressing first: escalated, overdue, due soon, each by due date. */
    List<Item> list(List<RouteSettings> routes, int limit) {
        List<Object> args = new ArrayList<>();
        String sql = "select item_id, version, region, responsible_body, title, due_on, state, kind from obligation where "
                + ALERTED + " and " + routed(routes, args)
                + " order by " + PRESSING_FIRST + ", due_on, item_id limit ?";
        args.add(limit);
        return jdbc.query(sql, (rs, n) -> new Item(ObligationKind.valueOf(rs.getString(8)), rs.getString(1),
                rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                rs.getString(7)), args.toArray());
    }

    /** How many obligations per state (ESCALATED, OVERDUE, DUE_SOON) and kind; absent ones are absent. */
    Map<ObligationKind, Map<String, Long>> countByState(List<RouteSettings> routes) {
        List<Object> args = new ArrayList<>();
        Map<ObligationKind, Map<String, Long>> counts = new EnumMap<>(ObligationKind.class);
        jdbc.query("select kind, state, count(*) from obligation where " + ALERTED + " and " + routed(routes, args)
                + " group by kind, state", rs -> {
                    counts.computeIfAbsent(ObligationKind.valueOf(rs.getString(1)), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                }, args.toArray());
        return counts;
    }

    private static String routed(List<RouteSettings> routes, List<Object> args) {
        if (routes.isEmpty()) {
            return "false";
        }
        List<String> any = new ArrayList<>();
        for (RouteSettings route : routes) {
            // a prefix is digits only (checked when bound), so it needs no escaping in like
            args.add(route.regionPrefix() + "%");
            if (route.responsibleBody() == null) {
                any.add("region like ?");
            } else {
                any.add("(region like ? and responsible_body = ?)");
                args.add(route.responsibleBody());
            }
        }
        return "(" + String.join(" or ", any) + ")";
    }
}
