package cn.shixian.workbench.overview;

import cn.shixian.workbench.WorkbenchSettings;
import cn.shixian.workbench.services.AlertingApi;
import cn.shixian.workbench.services.Summary;
import cn.shixian.workbench.services.Trend;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The overview's counts and trend, kept for {@code shixian.workbench.overview-max-age} per officer
 * and region filter: counting a province's million obligations by state, region and body is a
 * whole-table aggregate, and officers open the overview again and again in a morning. The page says
 * when its counts were taken ({@code asOf}); the worklists are always live.
 */
@Component
class OverviewSnapshots {

    record Snapshot(Summary summary, Trend trend, Instant takenAt) {
    }

    private record Key(String user, String region) {
    }

    private static final int MAX_KEPT = 1000;

    private final AlertingApi alerting;
    private final WorkbenchSettings settings;
    private final Clock clock;
    private final Map<Key, Snapshot> kept = new ConcurrentHashMap<>();

    OverviewSnapshots(AlertingApi alerting, WorkbenchSettings settings, Clock clock) {
        this.alerting = alerting;
        this.settings = settings;
        this.clock = clock;
    }

    Snapshot of(String region, int trendDays) {
        Authentication officer = SecurityContextHolder.getContext().getAuthentication();
        Key key = new Key(officer == null ? "" : officer.getName(), region == null ? "" : region);
        Instant now = clock.instant();
        Snapshot snapshot = kept.get(key);
        if (snapshot == null || !now.isBefore(snapshot.takenAt().plus(settings.overviewMaxAge()))) {
            snapshot = new Snapshot(alerting.summary(region), alerting.trend(region, trendDays), now);
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(key, snapshot);
        }
        return snapshot;
    }

}
