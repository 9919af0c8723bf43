package cn.shixian.alerting.api;

import cn.shixian.alerting.lifecycle.ObligationState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Obligations counted by state, for one group of the summary. */
final class StateCounts {

    private final EnumMap<ObligationState, Long> counts = new EnumMap<>(ObligationState.class);

    void add(String state, long count) {
        counts.merge(ObligationState.valueOf(state), count, Long::sum);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every state in lifecycle order, 0 for none. */
    Map<String, Long> byState() {
        Map<String, Long> byState = new LinkedHashMap<>();
        for (ObligationState state : ObligationState.values()) {
            byState.put(state.name(), counts.getOrDefault(state, 0L));
        }
        return Collections.unmodifiableMap(byState);
    }

    /** MET / (MET + MET_LATE), null when neither. */
    Double onTimeRate() {
        long met = counts.getOrDefault(ObligationState.MET, 0L);
        long late = counts.getOrDefault(ObligationState.MET_LATE, 0L);
        return met + late == 0 ? null : (double) met / (met + late);
    }
}
