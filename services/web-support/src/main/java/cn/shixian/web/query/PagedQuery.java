package cn.shixian.web.query;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table's rows a page at a time, filtered by {@link Conditions}: the count and the page come
 * from one {@link ReadSnapshot}, so {@code totalElements} agrees with the content. A page past the
 * end is empty and costs no second query.
 *
 * <p>The parameter names {@code limit} and {@code offset} are its own.
 */
public final class PagedQuery<T> {

    private final JdbcClient jdbc;
    private final ReadSnapshot snapshot;
    private final String table;
    private final String columns;
    private final String orderBy;
    private final RowMapper<T> rows;

    /**
     * @param table   what follows {@code from}
     * @param columns the select list
     * @param orderBy what follows {@code order by}; it should end in a unique key, so pages do not overlap
     */
    public PagedQuery(JdbcClient jdbc, ReadSnapshot snapshot, String table, String columns, String orderBy,
                      RowMapper<T> rows) {
        this.jdbc = jdbc;
        this.snapshot = snapshot;
        this.table = table;
        this.columns = columns;
        this.orderBy = orderBy;
        this.rows = rows;
    }

    public Page<T> find(Conditions where, PageRequest request) {
        return snapshot.read(() -> {
            long total = jdbc.sql("select count(*) from " + table + where.sql()).params(where.params())
                    .query(Long.class).single();
            List<T> content = request.offset() >= total ? List.of() : jdbc.sql("select " + columns + " from " + table
                            + where.sql() + " order by " + orderBy + " limit :limit offset :offset")
                    .params(where.params()).param("limit", request.size()).param("offset", request.offset())
                    .query(rows).list();
            return Page.of(content, request, total);
        });
    }
}
