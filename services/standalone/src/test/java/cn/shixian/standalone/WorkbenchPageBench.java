package cn.shixian.standalone;

import cn.shixian.testsupport.ApiClient;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time per workbench page with 1,000,000 obligations in the alerting read model (a harness,
 * not a test): the whole system as {@code ./shixian up} runs it (one JVM, embedded PostgreSQL, the
 * broker), the read model filled with set-based SQL (regions and bodies spread as a province's
 * counties would be; 70 % met on time, 10 % late, 5 % cancelled, 15 % open of which a third overdue,
 * with their alerts), then each page asked 200 times after a warm-up by a signed-in officer over
 * loopback; the figure is the wall time of each request, which on loopback is the server's time
 * (the page and the API calls it makes).
 *
 * <pre>./mvnw -q -pl services/standalone -am -Pbench verify -DskipTests   (-Dbench.obligations=1000000)</pre>
 */
public final class WorkbenchPageBench {

    private WorkbenchPageBench() {
    }

    public static void main(String[] args) throws Exception {
        int obligations = Integer.getInteger("bench.obligations", 1_000_000);
        Path dataDir = Files.createTempDirectory("shixian-page-bench");
        LocalSettings settings = new LocalSettings(dataDir, freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), false, Durability.NO_FSYNC);  // page reads, measured so since the first figures
        try (LocalSystem system = LocalSystem.start(settings)) {
            WorkbenchFixture.send(new ApiClient(settings.deadlinePort()));
            long fill = System.nanoTime();
            fill(system.jdbcUrl(), obligations);
            System.out.printf("bench: %,d obligations written and analysed in %.0f s%n", obligations,
                    (System.nanoTime() - fill) / 1e9);
            ApiClient alerting = new ApiClient(settings.alertingPort());
            awaitAlerts(alerting);
            Session officer = Session.signIn(settings.workbenchPort(), "officer", "officer-local");
            Session hami = Session.signIn(settings.workbenchPort(), "hami", "hami-local");
            ApiClient.User admin = new ApiClient.User("officer", "officer-local");
            System.out.printf("%-66s %5s %8s %8s %8s%n", "page (requests after a warm-up)", "n", "p50 ms", "p99 ms", "max ms");
            measure("overview, every region (officer; counts kept 15 s)", 200, () -> officer.get("/"));
            measure("overview, 650500 (hami; counts kept 15 s)", 200, () -> hami.get("/"));
            measure("  what a fresh overview waits for: GET /api/obligations/summary, all", 20,
                    () -> alerting.get("/api/obligations/summary", admin));
            measure("  ... and GET /api/obligations/trend?days=90, all", 20,
                    () -> alerting.get("/api/obligations/trend?days=90", admin));
            measure("worklist overdue, filtered: region 65, body, title (officer)", 200, () -> officer.get(
                    "/worklist?list=overdue&region=65&body=" + enc("body 17") + "&q=" + enc("item 1")));
            measure("worklist all open, page 3 (officer)", 200, () -> officer.get("/worklist?list=open&page=3"));
            measure("item page with explained count (hami)", 200, () -> hami.get("/items/" + WorkbenchFixture.HAMI_ESCALATED));
        }
    }

    private static void measure(String name, int requests, Runnable page) {
        for (int i = 0; i < Math.max(5, requests / 7); i++) {
            page.run();
        }
        double[] millis = new double[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            page.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-66s %5d %8.1f %8.1f %8.1f%n", name, requests, millis[requests / 2],
                millis[(int) Math.ceil(requests * 0.99) - 1], millis[requests - 1]);
    }

    /** The read model at a province's size, written in a few statements. */
    private static void fill(String jdbcUrl, int obligations) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement sql = db.createStatement()) {
            sql.execute("set search_path = alerting");
            sql.execute("""
                    insert into obligation (item_id, version, region, responsible_body, title, category, changed_on, due_on,
                                            due_at, due_soon_at, escalate_at, state, state_since, calendar_version,
                                            provisional, published_at, working_days_late, updated_at)
                    select 'bench-' || lpad(to_hex(i * 2654435761 % 4294967296), 8, '0') || '-' || i, 1,
                           (array['65','36','45','64','54'])[1 + i % 5] || lpad((i / 5 % 40)::text, 2, '0') || lpad((i / 200 % 30)::text, 2, '0'),
                           'body ' || (i % 2000), 'item ' || i || ' 社会保险事项',
                           array['社会保险', (array['养老保险','失业保险','工伤保险','医疗保险'])[1 + i % 4]],
                           d - 28, d, (d + 1)::timestamp at time zone 'Asia/Shanghai',
                           (d - 2)::timestamp at time zone 'Asia/Shanghai', (d + 8)::timestamp at time zone 'Asia/Shanghai',
                           s, now(), 'cal-bench', false,
                           case when s in ('MET', 'MET_LATE') then (d + case when s = 'MET' then -3 else 4 end)::timestamp
                                at time zone 'Asia/Shanghai' end,
                           case when s = 'MET_LATE' then 3 end, now()
                    from (select i,
                                 case when i % 100 < 70 then 'MET' when i % 100 < 80 then 'MET_LATE'
                                      when i % 100 < 85 then 'CANCELLED' when i % 100 < 95 then 'OPEN'
                                      when i % 100 < 97 then 'DUE_SOON' when i % 100 < 99 then 'OVERDUE'
                                      else 'ESCALATED' end as s,
                                 case when i % 100 between 85 and 96 then current_date + (i % 40)
                                      when i % 100 >= 97 then current_date - 1 - (i % 120)
                                      else current_date - (i % 700) end as d
                          from generate_series(1, OBLIGATIONS) as i) as g""".replace("OBLIGATIONS", Integer.toString(obligations)));
            sql.execute("""
                    insert into alert (id, type, item_id, version, region, responsible_body, title, due_on,
                                       working_days_left, working_days_overdue, raised_at)
                    select gen_random_uuid(), case when state = 'DUE_SOON' then 'DUE_SOON'
                                                   when state = 'OVERDUE' then 'OVERDUE' else 'ESCALATED' end,
                           item_id, version, region, responsible_body, title, due_on,
                           case when state = 'DUE_SOON' then 2 end, case when state <> 'DUE_SOON' then 3 end, now()
                    from obligation where item_id like 'bench-%' and state in ('DUE_SOON', 'OVERDUE', 'ESCALATED')""");
            sql.execute("vacuum analyze obligation");
            sql.execute("vacuum analyze alert");
        }
    }

    private static void awaitAlerts(ApiClient alerting) {
        ApiClient.User admin = new ApiClient.User("admin", "admin-local");
        org.awaitility.Awaitility.await("the sweep's alert for the fixture").atMost(Duration.ofMinutes(2))
                .until(() -> alerting.get("/api/alerts?itemId=" + WorkbenchFixture.HAMI_ESCALATED, admin).json()
                        .get("totalElements").asLong() > 0);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A signed-in browser session, as a plain HTTP client with cookies. */
    private record Session(HttpClient http, int port) {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

        static Session signIn(int port, String user, String password) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            Session session = new Session(http, port);
            Matcher token = CSRF.matcher(session.get("/login"));
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.uri().getPath().startsWith("/login")) {
                throw new IllegalStateException("signing in as " + user + " failed");
            }
            return session;
        }

        String get(String path) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                return response.body();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
