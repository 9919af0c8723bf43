package cn.shixian.standalone;

import cn.shixian.standalone.demo.DemoStream;
import java.nio.file.Path;
import java.util.Optional;

/** What the local system serves, printed once everything is up. */
final class Banner {

    private Banner() {
    }

    private static String demo(DemoStream.Summary summary) {
        int items = summary.itemsPerCatalog().values().stream().mapToInt(Integer::intValue).sum();
        int requests = summary.requestsPerRegion().values().stream().mapToInt(Integer::intValue).sum();
        String played = requests == 0 ? "" : ", " + requests + " requests for information (依申请公开) received since"
                + " January 2024 " + summary.requestsPerRegion();
        return "  demo stream:      " + items + " items of " + summary.itemsPerCatalog().size()
                + " sample catalogs " + summary.itemsPerCatalog() + played + ", " + summary.records()
                + " records of history played, a change every 5 s; " + summary.note();
    }

    static String of(LocalSettings settings, LocalSystem system, Optional<DemoStream.Summary> played) {
        String demo = !settings.demo() ? "  demo stream:      off (--no-demo)"
                : played.map(Banner::demo).orElse("  demo stream:      no infra/sample-data found above "
                        + Path.of("").toAbsolutePath() + "; run ./shixian up from the repository");
        String deadline = "http://127.0.0.1:" + settings.deadlinePort();
        String alerting = "http://127.0.0.1:" + settings.alertingPort();
        return String.join(System.lineSeparator(),
                "",
                "Shixian (时限) is up.",
                "  workbench:        http://127.0.0.1:" + settings.workbenchPort() + "/   (工作台; sign in as officer/officer-local,"
                        + " hami/hami-local (哈密市 only), admin/admin-local)",
                "  deadline-service: http://127.0.0.1:" + settings.deadlinePort() + "/actuator/health"
                        + "   metrics: http://127.0.0.1:" + settings.deadlinePort() + "/actuator/prometheus",
                "  alerting-service: http://127.0.0.1:" + settings.alertingPort() + "/actuator/health"
                        + "   metrics: http://127.0.0.1:" + settings.alertingPort() + "/actuator/prometheus",
                "  Kafka:            " + system.kafkaBootstrapServers()
                        + "   (topics disclosure.items, disclosure.requests, disclosure.deadlines, disclosure.alerts,"
                        + " disclosure.calendars)",
                "  PostgreSQL:       " + system.jdbcUrl(),
                "  data directory:   " + settings.dataDir(),
                demo,
                "  APIs (the same users; ingest/ingest-local sends events):",
                "    " + deadline + "/swagger-ui.html   " + alerting + "/swagger-ui.html",
                "  Try:",
                "    curl -s -u officer:officer-local '" + alerting + "/api/alerts?region=650500&acknowledged=false'",
                "    curl -s -u officer:officer-local " + alerting + "/api/obligations/summary",
                "    curl -s " + alerting + "/actuator/prometheus | grep '^shixian_obligations'",
                "    curl -s -u officer:officer-local '" + deadline + "/api/reports/requests?year=2025&region=650500'"
                        + "   (the 2025 report's request table; /api/requests?region=650500&state=OPEN)",
                "    kcat -P -b " + system.kafkaBootstrapServers()
                        + " -t disclosure.items -k demo-1 contracts/examples/disclosure.item.created.json",
                "    kcat -C -b " + system.kafkaBootstrapServers() + " -t disclosure.items.DLT -J -e",
                "Stop with Ctrl-C.",
                "");
    }
}
