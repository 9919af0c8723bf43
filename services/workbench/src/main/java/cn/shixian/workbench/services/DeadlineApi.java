package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The deadline-service's HTTP API (期限服务), asked for the signed-in officer. */
public class DeadlineApi {

    /** What the deadline-service answers when it took events. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Accepted(int accepted, List<String> ids) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Items(List<CatalogItem> items) {
    }

    private static final org.springframework.core.ParameterizedTypeReference<Page<CatalogItem>> ITEMS =
            new org.springframework.core.ParameterizedTypeReference<>() {
            };

    private final RestClient http;

    DeadlineApi(RestClient http) {
        this.http = http;
    }

    public Timeline timeline(String itemId) {
        return http.get().uri("/api/items/{id}", itemId).retrieve().body(Timeline.class);
    }

    public Explanation explanation(String itemId, int version) {
        return http.get().uri("/api/items/{id}/obligations/{v}/explanation", itemId, version)
                .retrieve().body(Explanation.class);
    }

    public CalendarYear calendar(String region, int year) {
        return http.get().uri(uri -> uri.path("/api/calendars/{region}/days").queryParam("year", year).build(region))
                .retrieve().body(CalendarYear.class);
    }

    /** The latest revisions of those items that exist (and that the officer may see). */
    public List<CatalogItem> lookup(List<String> itemIds) {
        Items items = http.post().uri("/api/items/lookup").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("itemIds", itemIds)).retrieve().body(Items.class);
        return items == null ? List.of() : items.items();
    }

    /** Every item the deadline-service knows in a region (prefix), page after page. */
    public List<CatalogItem> itemsOf(String region) {
        List<CatalogItem> items = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            int current = page;
            Page<CatalogItem> batch = http.get().uri(uri -> uri.path("/api/items").queryParam("region", "{r}")
                    .queryParam("page", current).queryParam("size", 500).build(region)).retrieve().body(ITEMS);
            items.addAll(batch.content());
            if (!batch.hasNext() || items.size() >= 100_000) {
                return items;
            }
        }
    }

    /** Sends item events (a JSON array of CloudEvents, all or nothing). */
    public Accepted send(byte[] batchJson) {
        return http.post().uri("/api/events").contentType(MediaType.parseMediaType("application/cloudevents-batch+json"))
                .body(batchJson).retrieve().body(Accepted.class);
    }
}
