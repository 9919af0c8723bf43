package cn.shixian.alerting.api;

import java.util.List;

/** One page of alerts, newest first; the same shape as the deadline-service's obligation pages. */
record AlertPage(List<AlertView> content, int page, int size, long totalElements, int totalPages) {

    static AlertPage of(List<AlertView> content, AlertFilter filter, long totalElements) {
        int totalPages = Math.toIntExact((totalElements + filter.size() - 1) / filter.size());
        return new AlertPage(content, filter.page(), filter.size(), totalElements, totalPages);
    }
}
