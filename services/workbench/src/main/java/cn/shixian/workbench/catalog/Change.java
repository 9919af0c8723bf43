package cn.shixian.workbench.catalog;

import cn.shixian.contracts.ItemRevision;
import cn.shixian.workbench.services.CatalogItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What importing one catalog row would do (导入变更): a new item, a changed one (with the fields that
 * differ), or nothing. Plain Java.
 *
 * @param kind     NEW, CHANGED or UNCHANGED
 * @param row      the row's revision as read from the file
 * @param known    what the deadline-service knows of the item, or null for a new one
 * @param changed  the fields that differ: title, category, responsibleBody, mode, timeLimit, processingLimit
 */
public record Change(Kind kind, ItemRevision row, CatalogItem known, List<String> changed) {

    public enum Kind { NEW, CHANGED, UNCHANGED }

    public Change {
        changed = List.copyOf(changed);
    }

    static Change of(ItemRevision row, CatalogItem known) {
        if (known == null) {
            return new Change(Kind.NEW, row, null, List.of());
        }
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(row.title(), known.title())) {
            changed.add("title");
        }
        if (!row.category().equals(known.category())) {
            changed.add("category");
        }
        if (!Objects.equals(row.responsibleBody(), known.responsibleBody())) {
            changed.add("responsibleBody");
        }
        if (!row.mode().name().equals(known.mode())) {
            changed.add("mode");
        }
        String text = row.timeLimit() == null ? null : row.timeLimit().text();
        if (!Objects.equals(blankToNull(text), blankToNull(known.timeLimitText()))) {
            changed.add("timeLimit");
        }
        if (!Objects.equals(blankToNull(row.processingLimit()), blankToNull(known.processingLimit()))) {
            changed.add("processingLimit");
        }
        if (known.retired()) {
            changed.add("retired");
        }
        return new Change(changed.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, row, known, changed);
    }

    /** The version an event for this row carries: 1 for a new item, the next one for a changed item. */
    public int nextVersion() {
        return known == null ? 1 : known.version() + 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
