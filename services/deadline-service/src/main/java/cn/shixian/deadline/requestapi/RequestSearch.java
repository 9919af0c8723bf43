package cn.shixian.deadline.requestapi;

import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Conditions;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.ReadSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/** Finds requests (依申请公开申请) by region and state, always within the caller's regions. */
@Repository
class RequestSearch {

    private final JdbcClient jdbc;
    private final ReadSnapshot snapshot;

    RequestSearch(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new ReadSnapshot(transactions);
    }

    Page<RequestSummary> find(String regionPrefix, String state, PageRequest paging, RegionScope scope) {
        Conditions conditions = new Conditions().within("region", "scope", scope)
                .startsWith("region", "region", regionPrefix).equal("state", "state", state);
        String where = conditions.sql();
        Map<String, Object> params = conditions.params();
        // count and page from one snapshot, so totalElements agrees with the content
        return snapshot.read(() -> {
            long total = jdbc.sql("select count(*) from request" + where).params(params).query(Long.class).single();
            List<RequestSummary> content = paging.offset() >= total ? List.of() : jdbc.sql("select "
                            + RequestSummary.COLUMNS + " from request" + where
                            + " order by received_on desc, request_id limit :limit offset :offset")
                    .params(params).param("limit", paging.size()).param("offset", paging.offset())
                    .query(RequestSummary::read).list();
            return Page.of(content, paging, total);
        });
    }

    /** The ids of the requests that count in {@code year}'s report: received by its end, not closed before it. */
    List<String> countingIn(int year, String regionPrefix, RegionScope scope) {
        Conditions conditions = new Conditions().within("region", "scope", scope)
                .startsWith("region", "region", regionPrefix);
        String where = conditions.sql().isEmpty() ? " where " : conditions.sql() + " and ";
        return jdbc.sql("select request_id from request" + where
                        + "received_on <= :end and (closed_on is null or closed_on >= :start)")
                .params(conditions.params()).param("start", LocalDate.of(year, 1, 1))
                .param("end", LocalDate.of(year, 12, 31)).query(String.class).list();
    }
}
