package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** What acknowledging a selection of alerts did, alert by alert. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkAck(List<AlertItem> acknowledged, List<Already> alreadyAcknowledged, List<String> notFound) {

    public BulkAck {
        acknowledged = acknowledged == null ? List.of() : List.copyOf(acknowledged);
        alreadyAcknowledged = alreadyAcknowledged == null ? List.of() : List.copyOf(alreadyAcknowledged);
        notFound = notFound == null ? List.of() : List.copyOf(notFound);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Already(String id, String acknowledgedBy, Instant acknowledgedAt) {
    }
}
