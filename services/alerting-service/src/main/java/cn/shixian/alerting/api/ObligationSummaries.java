package cn.shixian.alerting.api;

import cn.shixian.alerting.access.RegionConditions;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Conditions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts the {@code obligation} read model by state, region and responsible body, in one query, within the caller's regions. */
@Repository
class ObligationSummaries {

    private final JdbcClient jdbc;
    private final Clock clock;

    ObligationSummaries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param regionPrefix a checked GB/T 2260 prefix (digits only), null for all regions
     * @param kind         items' obligations or requests' answer periods
     * @param scope        the caller's regions: only their obligations are counted
     */
    ObligationSummary summarize(String regionPrefix, ObligationKind kind, RegionScope scope) {
        StateCounts overall = new StateCounts();
        Map<String, StateCounts> byRegion = new TreeMap<>();
        Map<String, StateCounts> byBody = new TreeMap<>();
        Conditions where = RegionConditions.of(regionPrefix, scope).equal("kind", "kind", kind);
        // one statement, one snapshot: the three breakdowns add up to the same total
        jdbc.sql("select grouping(region) as all_regions, grouping(responsible_body) as all_bodies,"
                        + " region, responsible_body, state, count(*) as n from obligation" + where.sql()
                        + " group by grouping sets ((state), (region, state), (responsible_body, state))")
                .params(where.params())
                .query(row -> {
                    String state = row.getString("state");
                    long n = row.getLong("n");
                    boolean allRegions = row.getInt("all_regions") == 1;
                    boolean allBodies = row.getInt("all_bodies") == 1;
                    if (allRegions && allBodies) {
                        overall.add(state, n);
                    } else if (allBodies) {
                        byRegion.computeIfAbsent(row.getString("region"), r -> new StateCounts()).add(state, n);
                    } else {
                        byBody.computeIfAbsent(row.getString("responsible_body"), b -> new StateCounts()).add(state, n);
                    }
                });
        List<ObligationSummary.RegionCounts> regions = byRegion.entrySet().stream()
                .map(e -> new ObligationSummary.RegionCounts(e.getKey(), e.getValue().total(),
                        e.getValue().byState(), e.getValue().onTimeRate()))
                .toList();
        List<ObligationSummary.BodyCounts> bodies = byBody.entrySet().stream()
                .map(e -> new ObligationSummary.BodyCounts(e.getKey(), e.getValue().total(),
                        e.getValue().byState(), e.getValue().onTimeRate()))
                .toList();
        return new ObligationSummary(regionPrefix, clock.instant(), overall.total(), overall.byState(),
                overall.onTimeRate(), regions, bodies);
    }
}
