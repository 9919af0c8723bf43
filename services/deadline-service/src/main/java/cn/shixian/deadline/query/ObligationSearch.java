package cn.shixian.deadline.query;

import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Conditions;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PagedQuery;
import cn.shixian.web.query.ReadSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/** Finds obligations (公开义务) by state, region and responsible body, a page at a time. */
@Repository
class ObligationSearch {

    private final PagedQuery<ObligationView> inDueOrder;

    ObligationSearch(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.inDueOrder = new PagedQuery<>(jdbc, new ReadSnapshot(transactions), "obligation", ObligationView.COLUMNS,
                "due_on, item_id, version", ObligationView::read);
    }

    /** Only obligations of regions within {@code scope}. */
    Page<ObligationView> find(ObligationFilter filter, RegionScope scope) {
        Conditions where = new Conditions()
                .within("region", "scope", scope)
                .equal("state", "state", filter.state())
                // the prefix is digits only (checked), so it carries no LIKE wildcard
                .startsWith("region", "region", filter.regionPrefix())
                .equal("responsible_body", "responsibleBody", filter.responsibleBody());
        // count and page from one snapshot, so totalElements agrees with the content
        return inDueOrder.find(where, filter.paging());
    }
}
