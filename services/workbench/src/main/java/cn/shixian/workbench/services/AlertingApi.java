package cn.shixian.workbench.services;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The alerting-service's HTTP API (预警服务), asked for the signed-in officer. */
public class AlertingApi {

    private static final ParameterizedTypeReference<Page<WorkItem>> WORK_ITEMS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<AlertItem>> ALERTS = new ParameterizedTypeReference<>() {
    };

    private final RestClient http;

    AlertingApi(RestClient http) {
        this.http = http;
    }

    public Summary summary(String region) {
        return http.get().uri(uri -> region == null ? uri.path("/api/obligations/summary").build()
                        : uri.path("/api/obligations/summary").queryParam("region", "{r}").build(region))
                .retrieve().body(Summary.class);
    }

    public Page<WorkItem> obligations(WorklistQuery query) {
        return http.get().uri(uri -> query.apply(uri.path("/api/obligations")).build(query.values()))
                .retrieve().body(WORK_ITEMS);
    }

    public Trend trend(String region, int days) {
        return http.get().uri(uri -> {
            uri.path("/api/obligations/trend").queryParam("days", days);
            return region == null ? uri.build() : uri.queryParam("region", "{r}").build(region);
        }).retrieve().body(Trend.class);
    }

    /** The read model's rows of one item, every state, oldest due date first. */
    public List<WorkItem> obligationsOf(String itemId) {
        return http.get().uri(uri -> uri.path("/api/obligations").queryParam("itemId", "{id}")
                        .queryParam("state", "OPEN,DUE_SOON,OVERDUE,ESCALATED,PAUSED,MET,MET_LATE,CANCELLED")
                        .queryParam("size", 500).build(itemId))
                .retrieve().body(WORK_ITEMS).content();
    }

    /** Every alert of one item, newest first. */
    public List<AlertItem> alertsOf(String itemId) {
        return http.get().uri(uri -> uri.path("/api/alerts").queryParam("itemId", "{id}").queryParam("size", 500)
                .build(itemId)).retrieve().body(ALERTS).content();
    }

    public AlertItem alert(String id) {
        return http.get().uri("/api/alerts/{id}", id).retrieve().body(AlertItem.class);
    }

    public AlertItem acknowledge(String id, String comment) {
        return http.post().uri("/api/alerts/{id}/ack", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("comment", comment == null ? "" : comment)).retrieve().body(AlertItem.class);
    }

    public BulkAck acknowledgeAll(List<String> ids, String comment) {
        return http.post().uri("/api/alerts/ack").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("ids", ids, "comment", comment == null ? "" : comment)).retrieve().body(BulkAck.class);
    }
}
