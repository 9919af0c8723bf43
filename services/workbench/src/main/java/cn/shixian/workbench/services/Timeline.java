package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The deadline-service's timeline of one catalog item (事项): revisions, obligations, publications. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Timeline(String itemId, Item item, List<Event> events, List<Obligation> obligations,
                       List<Publication> publications, List<Recomputation> recomputations) {

    public Timeline {
        recomputations = recomputations == null ? List.of() : List.copyOf(recomputations);
        events = events == null ? List.of() : List.copyOf(events);
        obligations = obligations == null ? List.of() : List.copyOf(obligations);
        publications = publications == null ? List.of() : List.copyOf(publications);
    }

    /**
     * The item's latest revision.
     *
     * @param processingLimit 办理时限 of a service guide as written, null when it states none (or the
     *                        deadline-service predates it): how long the service takes, shown beside the
     *                        item, never its publication deadline
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String itemId, int latestVersion, String region, String responsibleBody, String title,
                       String mode, String processingLimit, Instant retiredAt, Instant updatedAt, String timeLimitText) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String eventId, String type, String time, Instant receivedAt, String origin) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Obligation(String itemId, int version, String region, String responsibleBody, String title,
                             Instant changedAt, LocalDate changedOn, int workingDays, String timeLimitText,
                             boolean timeLimitUnparsed, LocalDate dueOn, Instant dueAt, String calendarVersion,
                             boolean provisional, String state, Instant publishedAt, Integer workingDaysLate,
                             String closedReason, Instant openedAt, Instant updatedAt, String limitKind,
                             String period) {
    }

    /** A due date counted again because a calendar notice was loaded or corrected (重新计算). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recomputation(int version, LocalDate previousDueOn, LocalDate dueOn, String calendarVersion,
                                boolean provisional, Instant recomputedAt, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Publication(String eventId, int version, Instant publishedAt, String channel, String url,
                              Instant receivedAt) {
    }
}
