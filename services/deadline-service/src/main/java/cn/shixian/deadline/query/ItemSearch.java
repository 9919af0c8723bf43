package cn.shixian.deadline.query;

import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Conditions;
import cn.shixian.web.query.Page;
import cn.shixian.web.query.PageRequest;
import cn.shixian.web.query.ReadSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/** Finds items (目录事项) by region and text, a page at a time, or by their ids; always within the caller's regions. */
@Repository
class ItemSearch {

    // strpos, not like: the text needs no escaping of wildcards
    private static final String TEXT = "(strpos(lower(title), lower(:q)) > 0 or strpos(lower(item_id), lower(:q)) > 0)";

    private final JdbcClient jdbc;
    private final ReadSnapshot snapshot;

    ItemSearch(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new ReadSnapshot(transactions);
    }

    /**
     * @param regionPrefix a checked GB/T 2260 prefix, null for any
     * @param text         a case-insensitive part of the title or item id, null for any
     */
    Page<ItemSummary> find(String regionPrefix, String text, PageRequest paging, RegionScope scope) {
        Conditions conditions = new Conditions().within("region", "scope", scope)
                .startsWith("region", "region", regionPrefix);
        String where = conditions.sql();
        Map<String, Object> params = new HashMap<>(conditions.params());
        if (text != null) {
            where += (where.isEmpty() ? " where " : " and ") + TEXT;
            params.put("q", text);
        }
        String filtered = where;
        // count and page from one snapshot, so totalElements agrees with the content
        return snapshot.read(() -> {
            long total = jdbc.sql("select count(*) from item" + filtered).params(params).query(Long.class).single();
            List<ItemSummary> content = paging.offset() >= total ? List.of() : jdbc.sql("select " + ItemSummary.COLUMNS
                            + " from item" + filtered + " order by item_id limit :limit offset :offset")
                    .params(params).param("limit", paging.size()).param("offset", paging.offset())
                    .query(ItemSummary::read).list();
            return Page.of(content, paging, total);
        });
    }

    /** The items of these ids that exist and lie in scope, in the order of {@code itemIds}. */
    List<ItemSummary> lookup(List<String> itemIds, RegionScope scope) {
        Conditions conditions = new Conditions().within("region", "scope", scope);
        String where = conditions.sql().isEmpty() ? " where " : conditions.sql() + " and ";
        Map<String, ItemSummary> found = jdbc.sql("select " + ItemSummary.COLUMNS + " from item" + where
                        + "item_id in (:ids)")
                .params(conditions.params()).param("ids", itemIds).query(ItemSummary::read).list().stream()
                .collect(Collectors.toMap(ItemSummary::itemId, Function.identity()));
        return itemIds.stream().map(found::get).filter(item -> item != null).toList();
    }
}
