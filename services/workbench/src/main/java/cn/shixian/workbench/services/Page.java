package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of a list endpoint, as web-support's {@code Page} writes it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public Page {
        content = content == null ? List.of() : List.copyOf(content);
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
