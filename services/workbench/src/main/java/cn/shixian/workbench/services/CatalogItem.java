package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The latest revision of a catalog item the deadline-service knows.
 *
 * @param processingLimit a service guide's 办理时限 as written, null when it states none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CatalogItem(String itemId, int version, String region, String responsibleBody, String title,
                          List<String> category, String mode, String timeLimitText, String processingLimit,
                          boolean retired, Instant updatedAt) {

    public CatalogItem {
        category = category == null ? List.of() : List.copyOf(category);
    }
}
