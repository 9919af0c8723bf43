package cn.shixian.alerting.metrics;

import cn.shixian.alerting.lifecycle.ObligationKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code shixian_obligations{state, region, responsible_body}}: how many obligations of the read
 * model are in each state, per region and body; {@code shixian_requests{…}} the same for the
 * requests' answer periods (依申请公开), so the items' series mean what they meant before requests. Taken every {@code refresh-interval} with one
 * GROUP BY query (not per scrape, so a scrape costs the database nothing) and capped at
 * {@code max-series} series ({@link SeriesCap}). A series whose group is gone disappears at the
 * next refresh. If the query fails, the last counts stay and a warning is logged.
 * Every instance exports the same counts: aggregate instances with {@code max}, not {@code sum}.
 */
@Component
class ObligationGauges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ObligationGauges.class);

    private final JdbcClient jdbc;
    private final ObligationGaugeSettings settings;
    private final Map<ObligationKind, MultiGauge> gauges = new EnumMap<>(ObligationKind.class);
    private volatile ScheduledExecutorService timer;
    private volatile boolean failing;
    private final Map<ObligationKind, Integer> lastFolded = new ConcurrentHashMap<>();

    ObligationGauges(JdbcClient jdbc, ObligationGaugeSettings settings, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.settings = settings;
        gauges.put(ObligationKind.ITEM, MultiGauge.builder("shixian.obligations")
                .description("Obligations of the read model by state, region and responsible body "
                        + "(smaller groups folded into \"(other)\")")
                .register(registry));
        gauges.put(ObligationKind.REQUEST, MultiGauge.builder("shixian.requests")
                .description("Requests' answer periods (依申请公开) by state, region and answering body "
                        + "(smaller groups folded into \"(other)\")")
                .register(registry));
    }

    /** Takes the counts now and replaces every series. */
    void refresh() {
        Map<ObligationKind, List<SeriesCap.Group>> byKind = new EnumMap<>(ObligationKind.class);
        for (ObligationKind kind : ObligationKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        jdbc.sql("""
                        select kind, state, region, responsible_body, count(*) as n
                        from obligation group by kind, state, region, responsible_body""")
                .query(row -> {
                    byKind.get(ObligationKind.valueOf(row.getString("kind"))).add(new SeriesCap.Group(
                            row.getString("state"), row.getString("region"), row.getString("responsible_body"),
                            row.getLong("n")));
                });
        byKind.forEach(this::register);
    }

    private void register(ObligationKind kind, List<SeriesCap.Group> groups) {
        List<SeriesCap.Group> series = SeriesCap.cap(groups, settings.maxSeries());
        gauges.get(kind).register(series.stream()
                .map(g -> MultiGauge.Row.of(Tags.of("state", g.state(), "region", g.region(),
                        "responsible_body", g.responsibleBody()), g.count()))
                .toList(), true);
        int folded = groups.size() - series.size();
        if (folded != lastFolded.getOrDefault(kind, 0) && folded > 0) {
            log.info("{}: {} (state, region, body) groups exceed max-series {}; the smaller ones are folded into "
                    + "\"(other)\"", kind == ObligationKind.ITEM ? "shixian_obligations" : "shixian_requests",
                    groups.size(), settings.maxSeries());
        }
        lastFolded.put(kind, folded);
    }

    private void refreshQuietly() {
        try {
            refresh();
            if (failing) {
                log.info("shixian_obligations: counting works again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // keep the last counts; the next refresh tries again
            if (!failing) {
                log.warn("shixian_obligations: counting the read model failed; the gauges keep their last values", e);
            } else {
                log.debug("shixian_obligations: counting still fails", e);
            }
            failing = true;
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "shixian-obligation-gauges");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.refreshInterval().toMillis();
        executor.scheduleWithFixedDelay(this::refreshQuietly, 0, Math.max(interval, 1), TimeUnit.MILLISECONDS);
        timer = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = timer;
        timer = null;
        if (executor != null) {
            executor.shutdown();
            try {
                // let a running count finish before the connection pool closes
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
