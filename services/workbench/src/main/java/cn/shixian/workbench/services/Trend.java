package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** Overdue obligations at the end of each of the last days (逾期趋势). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Trend(String region, String zone, List<Point> points) {

    public Trend {
        points = points == null ? List.of() : List.copyOf(points);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(LocalDate date, long overdue, long escalated) {
    }
}
