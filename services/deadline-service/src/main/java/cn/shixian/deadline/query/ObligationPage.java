package cn.shixian.deadline.query;

import java.util.List;

/** One page of obligations, ordered by due date, then item and version. */
record ObligationPage(List<ObligationView> content, int page, int size, long totalElements, int totalPages) {

    static ObligationPage of(List<ObligationView> content, ObligationFilter filter, long totalElements) {
        int totalPages = Math.toIntExact((totalElements + filter.size() - 1) / filter.size());
        return new ObligationPage(content, filter.page(), filter.size(), totalElements, totalPages);
    }
}
