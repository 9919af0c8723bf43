package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final org.springframework.core.ParameterizedTypeReference<Page<RequestSummary>> REQUESTS =
            new org.springframework.core.ParameterizedTypeReference<>() {
            };

    /** The XLSX media type of the request table. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Where a download goes once the service has answered 200: opened only then, so an error is still a page. */
    @FunctionalInterface
    public interface Sink {
        java.io.OutputStream open() throws java.io.IOException;
    }

    private final RestClient http;

    DeadlineApi(RestClient http) {
        this.http = http;
    }

    public Timeline timeline(String itemId) {
        return http.get().uri("/api/items/{id}", itemId).retrieve().body(Timeline.class);
    }

    /** Why an obligation is due on its day; {@code period} names one period of a periodic item (null: its latest). */
    public Explanation explanation(String itemId, int version, String period) {
        return http.get().uri(uri -> uri.path("/api/items/{id}/obligations/{v}/explanation")
                        .queryParamIfPresent("period", Optional.ofNullable(period)).build(itemId, version))
                .retrieve().body(Explanation.class);
    }

    /**
     * Sets how an item's time limit is read (时限认定), for the signed-in officer: {@code reading} in the
     * item events' {@code timeLimit} shape. What it counted again, opened or cancelled.
     */
    public ReadingSet setReading(String itemId, Map<String, Object> reading) {
        return http.put().uri("/api/items/{id}/time-limit", itemId).contentType(MediaType.APPLICATION_JSON)
                .body(reading).retrieve().body(ReadingSet.class);
    }

    /** The deadline-service's answer to a reading: each obligation it touched ({@code change}: RECOUNTED, OPENED, CANCELLED). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReadingSet(String itemId, int version, Reading reading, String previousKind, String setBy,
                             List<Change> obligations) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Reading(String kind, String text) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Change(int version, String period, String change, LocalDate dueOn, LocalDate previousDueOn) {
        }
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

    /** Requests (依申请公开申请), newest receipt first; blank filters mean any. */
    public Page<RequestSummary> requests(String region, String state, int page, int size) {
        return http.get().uri(uri -> {
            uri.path("/api/requests").queryParam("page", page).queryParam("size", size);
            Map<String, String> values = new java.util.HashMap<>();
            if (region != null) {
                uri.queryParam("region", "{region}");
                values.put("region", region);
            }
            if (state != null) {
                uri.queryParam("state", "{state}");
                values.put("state", state);
            }
            return uri.build(values);
        }).retrieve().body(REQUESTS);
    }

    /** One request's clock explained; a 404 {@link ServiceFailure} when unknown or outside the officer's regions. */
    public RequestClock request(String requestId) {
        return http.get().uri("/api/requests/{id}", requestId).retrieve().body(RequestClock.class);
    }

    /** The yearly report's request table of a year and region prefix (null: all the officer's regions). */
    public RequestTable requestTable(int year, String region) {
        return http.get().uri(uri -> reportUri(uri, year, region)).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(RequestTable.class);
    }

    /**
     * The same table as the deadline-service's XLSX, copied as it arrives into the sink, which is opened
     * only once the service answered 200; otherwise a {@link ServiceFailure} is thrown and nothing written.
     */
    public void requestTableXlsx(int year, String region, Sink sink) {
        http.get().uri(uri -> reportUri(uri, year, region)).accept(MediaType.parseMediaType(XLSX))
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        ServiceFailure.raise(request, response);
                    }
                    try (java.io.InputStream in = response.getBody(); java.io.OutputStream out = sink.open()) {
                        in.transferTo(out);
                    }
                    return null;
                });
    }

    private static java.net.URI reportUri(org.springframework.web.util.UriBuilder uri, int year, String region) {
        uri.path("/api/reports/requests").queryParam("year", year);
        return region == null ? uri.build() : uri.queryParam("region", "{r}").build(region);
    }
}
