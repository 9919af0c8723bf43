package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The alerting-service's obligation counts by state, region and responsible body. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Summary(String region, Instant asOf, long total, Map<String, Long> byState, Double onTimeRate,
                      List<Group> byRegion, List<Group> byResponsibleBody) {

    public Summary {
        byState = byState == null ? Map.of() : Map.copyOf(byState);
        byRegion = byRegion == null ? List.of() : List.copyOf(byRegion);
        byResponsibleBody = byResponsibleBody == null ? List.of() : List.copyOf(byResponsibleBody);
    }

    public long count(String state) {
        return byState.getOrDefault(state, 0L);
    }

    /** One region's or one body's counts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(String region, String responsibleBody, long total, Map<String, Long> byState,
                        Double onTimeRate) {

        public Group {
            byState = byState == null ? Map.of() : Map.copyOf(byState);
        }

        public long count(String state) {
            return byState.getOrDefault(state, 0L);
        }

        /** Publications so far: on time plus late. */
        public long published() {
            return count("MET") + count("MET_LATE");
        }
    }
}
