package cn.shixian.workbench.catalog;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.ItemChanged;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.ItemRevision;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.RowFailure;
import cn.shixian.importer.event.ImportedEvent;
import cn.shixian.workbench.services.CatalogItem;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A read catalog before it is sent (导入预览): each row's change against what the deadline-service
 * knows, the rows the importer could not read, and the items known in the region that the file no
 * longer lists. Kept in the officer's session until confirmed. Plain Java.
 *
 * @param id       what the confirm form names
 * @param file     the uploaded file's name
 * @param region   the catalog's region
 * @param changes  one per row read, in file order
 * @param failures rows that could not be read
 * @param missing  known items of the region the file does not list (not retired by an import)
 */
public record ImportPreview(String id, String file, String region, List<Change> changes, List<RowFailure> failures,
                     List<CatalogItem> missing) {

    static ImportPreview of(String id, String file, String region, ImportReport report, List<CatalogItem> known,
                            List<CatalogItem> knownInRegion) {
        Map<String, CatalogItem> byId = known.stream().collect(Collectors.toMap(CatalogItem::itemId, Function.identity(),
                (a, b) -> a));
        List<Change> changes = new ArrayList<>();
        for (ImportedEvent event : report.events()) {
            ItemCreated row = event.event().data();
            changes.add(Change.of(row, byId.get(row.itemId())));
        }
        Set<String> listed = changes.stream().map(c -> c.row().itemId()).collect(Collectors.toSet());
        List<CatalogItem> missing = knownInRegion.stream()
                .filter(item -> !listed.contains(item.itemId()) && !item.retired()).toList();
        return new ImportPreview(id, file, region, changes, report.failures(), missing);
    }

    public long newItems() {
        return count(Change.Kind.NEW);
    }

    public long changedItems() {
        return count(Change.Kind.CHANGED);
    }

    public long unchangedItems() {
        return count(Change.Kind.UNCHANGED);
    }

    public long count(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** The events confirming sends: created for new items, changed for changed ones, none for the rest. */
    List<CloudEvent<?>> events(URI source, Clock clock) {
        List<CloudEvent<?>> events = new ArrayList<>();
        for (Change change : changes) {
            ItemRevision row = change.row();
            switch (change.kind()) {
                case NEW -> events.add(CloudEvent.of(source, row, clock));
                case CHANGED -> events.add(CloudEvent.of(source, new ItemChanged(row.itemId(), change.nextVersion(),
                        row.region(), row.title(), row.category(), row.responsibleBody(), row.mode(), row.timeLimit(),
                        row.processingLimit(), row.channels(), row.changedAt()), clock));
                case UNCHANGED -> {
                }
            }
        }
        return events;
    }
}
