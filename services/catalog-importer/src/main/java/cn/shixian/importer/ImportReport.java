package cn.shixian.importer;

import cn.shixian.importer.event.ImportedEvent;
import java.util.List;

/**
 * What reading one catalog file gave.
 *
 * @param file     the file as named to the importer
 * @param events   one event per item row read, in file order
 * @param failures the rows that could not be read, in file order
 */
public record ImportReport(String file, List<ImportedEvent> events, List<RowFailure> failures) {

    public ImportReport {
        events = List.copyOf(events);
        failures = List.copyOf(failures);
    }

    /** Item rows seen: read or failed (blank rows, headers and headings not counted). */
    public int rows() {
        return events.size() + failures.size();
    }

    public boolean complete() {
        return failures.isEmpty();
    }
}
