package cn.shixian.alerting.load;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.alerting.sweep.Sweep;
import cn.shixian.testsupport.RealInfrastructureInitializer;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load harness (not a test): one sweep over a read model of {@code load.obligations} open
 * obligations (default 1,000,000) of which {@code load.transitions} (default 10,000) are due to
 * move, with the database on this machine. Prints the figures.
 * <pre>./mvnw -q -pl services/alerting-service -am -Pload verify -DskipTests</pre>
 */
public final class SweepLoadHarness {

    public static void main(String[] args) {
        int obligations = Integer.getInteger("load.obligations", 1_000_000);
        int transitions = Integer.getInteger("load.transitions", 10_000);
        String schema = "sweep_load_" + UUID.randomUUID().toString().substring(0, 8);
        try (ConfigurableApplicationContext service = start(schema)) {
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            long filled = System.nanoTime();
            fill(jdbc, obligations, transitions);
            System.out.printf("read model: %,d open obligations (%,d due to move) written in %.1f s%n", obligations,
                    transitions, (System.nanoTime() - filled) / 1e9);
            Sweep sweep = service.getBean(Sweep.class);
            for (int run = 1; run <= 5; run++) {
                reset(jdbc);
                long start = System.nanoTime();
                int alerts = sweep.run();
                System.out.printf("sweep %d: %,d transitions and alerts in %.3f s%n", run, alerts,
                        (System.nanoTime() - start) / 1e9);
                long idle = System.nanoTime();
                int none = sweep.run();
                System.out.printf("  and a sweep with nothing to move (%d) in %.3f s%n", none,
                        (System.nanoTime() - idle) / 1e9);
            }
        }
        System.exit(0);
    }

    /** Puts the moved obligations back to OPEN and forgets their alerts, for another measured sweep. */
    private static void reset(JdbcTemplate jdbc) {
        jdbc.update("update obligation set state = 'OPEN' where state <> 'OPEN'");
        jdbc.update("delete from alert");
        jdbc.execute("vacuum analyze obligation");
    }

    /** Open obligations due next year; the first {@code transitions} long overdue (they escalate). */
    private static void fill(JdbcTemplate jdbc, int obligations, int transitions) {
        jdbc.update("""
                insert into obligation (item_id, version, region, responsible_body, title, changed_on, due_on, due_at,
                                        due_soon_at, escalate_at, state, state_since, calendar_version, provisional,
                                        updated_at)
                select 'load-' || i, 1, '6505' || lpad((i % 20)::text, 2, '0'), 'body ' || (i % 300), 'item ' || i,
                       date '2025-01-02', d, d + interval '1 day', d - interval '5 days', d + interval '8 days',
                       'OPEN', now(), 'cal-load', false, now()
                from (select i, case when i <= ? then date '2025-06-03' else date '2099-06-03' end as d
                      from generate_series(1, ?) as i) as g""", transitions, obligations);
        jdbc.execute("analyze obligation");
    }

    private static ConfigurableApplicationContext start(String schema) {
        return AlertingServiceApplication.application()
                .initializers(new RealInfrastructureInitializer())
                .run("--server.port=0", "--spring.datasource.hikari.schema=" + schema,
                        "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                        "--spring.quartz.auto-startup=false", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off", "--spring.kafka.consumer.group-id=sweep-load-" + schema);
    }
}
