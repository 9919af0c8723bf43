package cn.shixian.deadline.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Years of history in a deadline schema before the burst: items created, published and met long
 * ago, with their events in the log. A production database holds about 10^7 items (docs/design.md, "Scale"), so
 * a burst lands on large tables whose indexes are deep and whose growth thresholds (autovacuum,
 * autoanalyze) are far away, not on empty ones. Set-based SQL, then vacuumed and analysed as
 * autovacuum would have left them long since.
 */
final class History {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    History(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    void fill(String schema, int items) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            sql.execute("set search_path to " + schema);
            sql.execute("""
                    create temporary table history as
                    select n, region || '-' || substr(md5('history-' || n), 1, 16) as id, region,
                           '历史部门' || (n %% 300) as body,
                           timestamptz '2019-01-02 10:00:00+08' + (n %% 2400) * interval '1 day' as at
                    from generate_series(1, %d) n,
                         lateral (select (array['110101', '310104', '440305', '510104', '650500', '654002',
                                                '360702', '330106'])[1 + n %% 8] as region) r""".formatted(items));
            sql.execute("""
                    insert into item (item_id, latest_version, region, responsible_body, title, mode, updated_at)
                    select id, 1, region, body, '历史事项 ' || n, 'ACTIVE', at + interval '10 days' from history""");
            sql.execute("""
                    insert into item_event (event_id, item_id, type, received_at, payload, origin, event_time, occurred_at)
                    select md5('created-' || n)::uuid::text, id, 'disclosure.item.created', at, null,
                           'disclosure.items-' || n % 6 || '@' || n, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                           to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')::timestamptz
                    from history
                    union all
                    select e.id, h.id, 'disclosure.item.published', h.at + interval '10 days', format(
                           '{"specversion":"1.0","id":"%s","source":"https://cms.example.gov.cn/catalog",'
                           || '"type":"disclosure.item.published","subject":"%s","time":"%s",'
                           || '"datacontenttype":"application/json","data":{"itemId":"%s","version":1,'
                           || '"publishedAt":"%s","channel":"政府网站","url":"https://www.example.gov.cn/zwgk/%s.html"}}',
                           e.id, h.id, e.time, h.id, e.time, h.n), 'disclosure.items-' || h.n % 6 || '@' || h.n + 1,
                           e.time, e.time::timestamptz
                    from history h, lateral (select md5('published-' || h.n)::uuid::text as id,
                           to_char(h.at + interval '10 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as time) e""");
            sql.execute("""
                    insert into obligation (item_id, version, region, responsible_body, title, changed_at, changed_on,
                        counted_from, working_days, extension_days, time_limit_text, time_limit_unparsed, due_on, due_at,
                        calendar_version, provisional, state, published_at, opened_at, updated_at)
                    select id, 1, region, body, '历史事项 ' || n, at, (at at time zone 'Asia/Shanghai')::date,
                           (at at time zone 'Asia/Shanghai')::date, 20, 0,
                           '公开事项信息形成或变更之日起20个工作日内公开', false,
                           (at at time zone 'Asia/Shanghai')::date + 28,
                           ((at at time zone 'Asia/Shanghai')::date + 29)::timestamp at time zone 'Asia/Shanghai',
                           'history', false, 'MET', at + interval '10 days', at, at + interval '10 days'
                    from history""");
            sql.execute("drop table history");
            sql.execute("vacuum analyze item, item_event, obligation");
        }
    }
}
