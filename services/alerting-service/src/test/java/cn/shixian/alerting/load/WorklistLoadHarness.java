package cn.shixian.alerting.load;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.testsupport.RealInfrastructureInitializer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load harness (not a test): the workbench's reads — {@code GET /api/obligations} pages and
 * {@code GET /api/obligations/trend} — over real HTTP on a read model of {@code load.obligations}
 * obligations (default 1,000,000; a fifth of them open) in 3,100 regions, with the database on this
 * machine. Prints the median and the slowest of {@code load.repeats} calls (default 30) per query.
 * <pre>./mvnw -q -pl services/alerting-service -am -Pload verify -DskipTests -Dload.harness=cn.shixian.alerting.load.WorklistLoadHarness</pre>
 */
public final class WorklistLoadHarness {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int obligations = Integer.getInteger("load.obligations", 1_000_000);
        int repeats = Integer.getInteger("load.repeats", 30);
        String schema = "worklist_load_" + UUID.randomUUID().toString().substring(0, 8);
        try (ConfigurableApplicationContext service = start(schema)) {
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            long filled = System.nanoTime();
            fill(jdbc, obligations);
            System.out.printf("read model: %,d obligations (%,d open), %,d alerts, written in %.1f s%n", obligations,
                    jdbc.queryForObject("select count(*) from obligation where state in "
                            + "('OPEN', 'DUE_SOON', 'OVERDUE', 'ESCALATED')", Long.class),
                    jdbc.queryForObject("select count(*) from alert", Long.class), (System.nanoTime() - filled) / 1e9);
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            for (Map.Entry<String, String> query : queries().entrySet()) {
                String[] userAndPath = query.getValue().split(" ", 2);
                measure(port, query.getKey(), userAndPath[0], userAndPath[1], repeats);
            }
        }
        System.exit(0);
    }

    /** name → "user path"; officer sees every region, hami only 650500. */
    private static Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        // what every call costs before the query: HTTP Basic against the user's password hash
        queries.put("baseline: one alert by itemId (none)", "officer /api/alerts?itemId=none");
        queries.put("worklist, default (open, dueOn)", "officer /api/obligations");
        queries.put("worklist, region=65", "officer /api/obligations?region=65");
        queries.put("worklist, hami's scope", "hami /api/obligations");
        queries.put("worklist, q=养老 (country)", "officer /api/obligations?q=" + encode("养老"));
        queries.put("worklist, q matching nothing (country)", "officer /api/obligations?q=nothing-like-this");
        queries.put("worklist, q=item-6505 (itemIds)", "officer /api/obligations?q=item-6505");
        queries.put("worklist, category=pension (country)", "officer /api/obligations?category=pension");
        queries.put("worklist, responsibleBody (country)", "officer /api/obligations?responsibleBody="
                + encode("主体3号"));
        queries.put("worklist, OVERDUE+ESCALATED, -dueOn", "officer /api/obligations?state=OVERDUE,ESCALATED&sort=-dueOn");
        queries.put("worklist, sort=title", "officer /api/obligations?sort=title");
        queries.put("worklist, sort=region", "officer /api/obligations?sort=region");
        queries.put("worklist, dueWithinWorkingDays=3", "officer /api/obligations?dueWithinWorkingDays=3");
        queries.put("worklist, page 200 of 50", "officer /api/obligations?page=200");
        queries.put("worklist, size=500", "officer /api/obligations?size=500");
        queries.put("worklist, region=65&q=养老&category=一级1", "officer /api/obligations?region=65&q=" + encode("养老")
                + "&category=" + encode("一级1"));
        queries.put("worklist, MET in region=65 (not open)", "officer /api/obligations?state=MET&region=65");
        queries.put("trend, 90 days (country)", "officer /api/obligations/trend");
        queries.put("trend, 366 days, region=65", "officer /api/obligations/trend?days=366&region=65");
        queries.put("trend, hami's scope", "hami /api/obligations/trend");
        return queries;
    }

    private static void measure(int port, String name, String user, String path, int repeats) throws Exception {
        for (int i = 0; i < 3; i++) {
            call(port, user, path);
        }
        double[] millis = new double[repeats];
        long total = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            total = call(port, user, path);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-46s median %6.1f ms, slowest %6.1f ms (%s)%n", name, millis[repeats / 2],
                millis[repeats - 1], total < 0 ? "trend" : total + " rows");
    }

    /** The page's totalElements, -1 for a trend. */
    private static long call(int port, String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user + "-local").getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        int at = response.body().indexOf("\"totalElements\":");
        if (at < 0) {
            return -1;
        }
        String rest = response.body().substring(at + "\"totalElements\":".length());
        return Long.parseLong(rest.substring(0, rest.indexOf(',')));
    }

    /**
     * Obligations of 31 provinces × 10 prefectures × 10 counties (650500 among them), 17 bodies each:
     * 70 % MET, 8 % MET_LATE, 2 % CANCELLED over the last 1,000 days; 12 % OPEN, 3 % DUE_SOON,
     * 3 % OVERDUE, 2 % ESCALATED; titles and three category levels from small vocabularies; one
     * alert per overdue or escalated obligation.
     */
    private static void fill(JdbcTemplate jdbc, int obligations) {
        jdbc.update("""
                insert into obligation (item_id, version, region, responsible_body, title, category, changed_on,
                                        due_on, due_at, due_soon_at, escalate_at, state, state_since,
                                        calendar_version, provisional, published_at, working_days_late, updated_at)
                select 'item-' || region || '-' || i, 1, region, '主体' || (i % 17) || '号', title,
                       array['一级' || (i % 40), '二级' || (i % 300),
                             '三级' || (i % 1000) || case when i % 7 = 0 then ' Pension' else '' end],
                       due_on - 28, due_on, local_start(due_on + 1), local_start(due_on - 4), local_start(due_on + 8), state,
                       case when state in ('MET', 'MET_LATE') then published when state = 'CANCELLED'
                            then local_start(due_on - 5) else local_start(due_on - 4) end,
                       'cal-load', false, case when state in ('MET', 'MET_LATE') then published end,
                       case when state = 'MET_LATE' then 3 end, now()
                from (select i, region, title, state, due_on,
                             local_start(due_on) + case when state = 'MET_LATE' then interval '4 days'
                                                  else interval '-3 days' end as published
                      from (select i, region, title, state,
                                   case state when 'OPEN' then current_date + 5 + i % 40
                                              when 'DUE_SOON' then current_date + i % 3
                                              when 'OVERDUE' then current_date - 1 - i % 6
                                              when 'ESCALATED' then current_date - 8 - i % 600
                                              else current_date - i % 1000 end as due_on
                            from (select i,
                                         (array['11','12','13','14','15','21','22','23','31','32','33','34','35','36',
                                                '37','41','42','43','44','45','46','50','51','52','53','54','61','62',
                                                '63','64','65'])[1 + (i / 7) % 31]
                                             || lpad((1 + (i / 217) % 10)::text, 2, '0')
                                             || lpad(((i / 2170) % 10)::text, 2, '0') as region,
                                         w[1 + i % 22] || w[1 + (i / 22) % 22] || w[1 + (i / 484) % 22] || '事项'
                                             || (i % 997) as title,
                                         case when i % 100 < 70 then 'MET' when i % 100 < 78 then 'MET_LATE'
                                              when i % 100 < 80 then 'CANCELLED' when i % 100 < 92 then 'OPEN'
                                              when i % 100 < 95 then 'DUE_SOON' when i % 100 < 98 then 'OVERDUE'
                                              else 'ESCALATED' end as state
                                  from generate_series(1, ?) as i,
                                       (select array['养老保险', '待遇', '领取', '资格认证', '失业', '工伤', '医疗', '就业',
                                                     '培训', '补贴', '行政许可', '行政处罚', '财政预算', '决算', '招标', '采购',
                                                     '规划', '环境', '监测', '公示', 'Report', 'Annual'] as w) as words) as g
                           ) as d) as p""", obligations);
        jdbc.update("""
                insert into alert (id, type, item_id, version, region, responsible_body, title, due_on,
                                   working_days_overdue, raised_at)
                select gen_random_uuid(), state, item_id, version, region, responsible_body, title, due_on, 1, due_at
                from obligation where state in ('OVERDUE', 'ESCALATED')""");
        jdbc.execute("vacuum analyze obligation");
        jdbc.execute("vacuum analyze alert");
    }

    private static ConfigurableApplicationContext start(String schema) {
        ConfigurableApplicationContext service = AlertingServiceApplication.application()
                .initializers(new RealInfrastructureInitializer())
                .run("--server.port=0", "--spring.datasource.hikari.schema=" + schema,
                        "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                        "--spring.quartz.auto-startup=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--spring.kafka.consumer.group-id=worklist-load-" + schema);
        // the start of a day in the calendar zone, for the fill
        service.getBean(JdbcTemplate.class).execute("create function local_start(day date) returns timestamptz"
                + " language sql immutable as $$ select day::timestamp at time zone 'Asia/Shanghai' $$");
        return service;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
