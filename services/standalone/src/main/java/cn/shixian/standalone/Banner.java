package cn.shixian.standalone;

/** What the local system serves, printed once everything is up. */
final class Banner {

    private Banner() {
    }

    static String of(LocalSettings settings, LocalSystem system) {
        String demo = settings.demo()
                ? "  demo stream:      not built yet (the sample-data issue adds it); produce your own events with kcat"
                : "  demo stream:      off (--no-demo)";
        return String.join(System.lineSeparator(),
                "",
                "Shixian (时限) is up.",
                "  deadline-service: http://127.0.0.1:" + settings.deadlinePort() + "/actuator/health"
                        + "   metrics: http://127.0.0.1:" + settings.deadlinePort() + "/actuator/prometheus",
                "  alerting-service: http://127.0.0.1:" + settings.alertingPort() + "/actuator/health"
                        + "   metrics: http://127.0.0.1:" + settings.alertingPort() + "/actuator/prometheus",
                "  Kafka:            " + system.kafkaBootstrapServers()
                        + "   (topics disclosure.items, disclosure.deadlines, disclosure.alerts, disclosure.calendars)",
                "  PostgreSQL:       " + system.jdbcUrl(),
                "  data directory:   " + settings.dataDir(),
                demo,
                "  Try:  kcat -P -b " + system.kafkaBootstrapServers()
                        + " -t disclosure.items -k demo-1 contracts/examples/disclosure.item.created.json",
                "Stop with Ctrl-C.",
                "");
    }
}
