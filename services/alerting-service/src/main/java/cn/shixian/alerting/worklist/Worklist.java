package cn.shixian.alerting.worklist;

import cn.shixian.alerting.access.RegionConditions;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.alerting.lifecycle.StatePredicates;
import cn.shixian.alerting.obligation.CalendarRegion;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.ReadSnapshot;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worklist (待办) over the {@code obligation} read model: filtered, within the caller's regions,
 * a page at a time. The count and the page come from one snapshot; the page's keys are picked from
 * the worklist indexes alone (V8: index-only for the open states), then its rows read by key.
 */
@Repository
class Worklist {

    private final JdbcClient jdbc;
    private final ReadSnapshot snapshot;
    private final LiveCalendar calendar;
    private final Clock clock;

    Worklist(JdbcClient jdbc, PlatformTransactionManager transactions, LiveCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.snapshot = new ReadSnapshot(transactions);
        this.calendar = calendar;
        this.clock = clock;
    }

    Page<WorklistRow> find(WorklistFilter filter, RegionScope scope) {
        WorkingDayCalendar days = calendar.calendar();
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        Where where = new Where(RegionConditions.of(filter.regionPrefix(), scope))
                .and("kind = :kind", "kind", filter.kind().name())
                .and(states(filter.states()))
                .and("responsible_body = :responsibleBody", "responsibleBody", filter.responsibleBody())
                .and("item_id = :itemId", "itemId", filter.itemId())
                // search_text and category_text are lower-cased by PostgreSQL (V8), so is the pattern
                .and("search_text like lower(:q)", "q", LikePattern.containing(filter.q()))
                .and("category_text like lower(:category)", "category", LikePattern.containing(filter.category()))
                .and("due_on >= :dueOnOrAfter", "dueOnOrAfter", filter.dueOnOrAfter())
                .and("due_on <= :dueOnOrBefore", "dueOnOrBefore", filter.dueOnOrBefore())
                .and("due_on <= :dueWithin", "dueWithin", dueWithin(filter, today, days));
        WorklistSort sort = filter.sort();
        return snapshot.read(() -> {
            long total = jdbc.sql("select count(*) from obligation" + where.sql()).params(where.params())
                    .query(Long.class).single();
            List<WorklistRow> content = filter.paging().offset() >= total ? List.of() : jdbc.sql("select "
                            + WorklistRow.COLUMNS + " from (select item_id, version, period, " + sort.column
                            + " from obligation" + where.sql() + " order by " + sort.orderBy("")
                            + " limit :pageSize offset :pageOffset) k"
                            + " join obligation o on o.item_id = k.item_id and o.version = k.version and o.period = k.period"
                            + " order by " + sort.orderBy("k."))
                    .params(where.params()).param("pageSize", filter.paging().size())
                    .param("pageOffset", filter.paging().offset())
                    .query((row, n) -> WorklistRow.read(row, today, days)).list();
            return Page.of(content, filter.paging(), total);
        });
    }

    /**
     * The states as literals, not parameters: the planner then sees the partial indexes of V8 apply.
     * Enum names only; nothing for all of them.
     */
    private static String states(Set<ObligationState> states) {
        if (states.size() == ObligationState.values().length) {
            return null;
        }
        return StatePredicates.in("state", states);
    }

    /**
     * The last due date within N working days: the N-th working day after today on the live calendar
     * of the region asked for, if that is one county (6 digits), else the national one.
     */
    private static LocalDate dueWithin(WorklistFilter filter, LocalDate today, WorkingDayCalendar days) {
        if (filter.dueWithinWorkingDays() == null) {
            return null;
        }
        String region = filter.regionPrefix();
        RegionCode code = region != null && region.length() == 6 ? CalendarRegion.of(region) : RegionCode.NATIONAL;
        return days.due(today, filter.dueWithinWorkingDays(), code).date();
    }
}
