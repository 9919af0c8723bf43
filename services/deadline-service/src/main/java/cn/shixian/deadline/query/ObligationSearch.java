package cn.shixian.deadline.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Finds obligations (公开义务) by state, region and responsible body, a page at a time. */
@Repository
class ObligationSearch {

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    ObligationSearch(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = Snapshots.readOnly(transactions);
    }

    ObligationPage find(ObligationFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.state() != null) {
            conditions.add("state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.regionPrefix() != null) {
            // the prefix is digits only (checked), so it carries no LIKE wildcard
            conditions.add("region like :region");
            params.put("region", filter.regionPrefix() + "%");
        }
        if (filter.responsibleBody() != null) {
            conditions.add("responsible_body = :responsibleBody");
            params.put("responsibleBody", filter.responsibleBody());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        // count and page from one snapshot, so totalElements agrees with the content
        return snapshot.execute(status -> {
            long total = jdbc.sql("select count(*) from obligation" + where).params(params)
                    .query(Long.class).single();
            List<ObligationView> content = filter.offset() >= total ? List.of() : jdbc.sql("select "
                            + ObligationView.COLUMNS + " from obligation" + where
                            + " order by due_on, item_id, version limit :limit offset :offset")
                    .params(params).param("limit", filter.size()).param("offset", filter.offset())
                    .query(ObligationView::read).list();
            return ObligationPage.of(content, filter, total);
        });
    }
}
