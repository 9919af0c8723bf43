package cn.shixian.importer;

import cn.shixian.importer.event.ImportedEvent;
import cn.shixian.importer.header.Column;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What reading one catalog file gave.
 *
 * @param file        the file as named to the importer
 * @param events      one event per item row read, in file order
 * @param failures    the rows that could not be read, in file order
 * @param headings    the section headings, in file order
 * @param filledCells how many cells of each column were blank and filled from the row above (a merged
 *                    cell, 合并单元格, saved as CSV), all sheets together: what the user takes on trust
 */
public record ImportReport(String file, List<ImportedEvent> events, List<RowFailure> failures,
                           List<SectionHeading> headings, Map<Column, Integer> filledCells) {

    public ImportReport {
        events = List.copyOf(events);
        failures = List.copyOf(failures);
        headings = List.copyOf(headings);
        filledCells = filledCells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(filledCells));
    }

    /** Item rows seen: read or failed (blank rows, headers and headings not counted). */
    public int rows() {
        return events.size() + failures.size();
    }

    public boolean complete() {
        return failures.isEmpty();
    }

    /** {@code 一级事项 12, 公开时限 40}: the filled cells by column, in the columns' order; "" if none. */
    public String describeFilledCells() {
        return filledCells.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
