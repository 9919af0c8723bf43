package cn.shixian.web.query;

import java.util.List;

/**
 * One page of a list, as the services answer it in JSON:
 * {@code {content, page, size, totalElements, totalPages}}.
 */
public record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> Page<T> of(List<T> content, PageRequest request, long totalElements) {
        int totalPages = Math.toIntExact((totalElements + request.size() - 1) / request.size());
        return new Page<>(content, request.page(), request.size(), totalElements, totalPages);
    }
}
