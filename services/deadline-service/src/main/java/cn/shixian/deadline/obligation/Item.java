package cn.shixian.deadline.obligation;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.ItemRevision;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The latest revision the service knows of a catalog item (目录事项).
 *
 * @param category      一级/二级/三级事项 of the revision, outermost first; null for an item stored before
 *                      the service kept it (schema V9) and not revised since
 * @param timeLimitText the revision's 公开时限 as written, null when it gave none
 * @param processingLimit the revision's 办理时限 as written, null when it gave none: the service's
 *                        processing limit, shown with the item, never counted (no obligation comes of it)
 * @param retiredAt     when the item left the catalog, null while it is in it
 */
public record Item(String itemId, int latestVersion, String region, String responsibleBody, String title,
                   List<String> category, String timeLimitText, String processingLimit, DisclosureMode mode,
                   OffsetDateTime retiredAt) {

    public Item {
        category = category == null ? null : List.copyOf(category);
    }

    static Item of(ItemRevision revision) {
        return new Item(revision.itemId(), revision.version(), revision.region(), revision.responsibleBody(),
                revision.title(), revision.category(),
                revision.timeLimit() == null ? null : revision.timeLimit().text(), revision.processingLimit(),
                revision.mode(), null);
    }

    Item retired(OffsetDateTime at) {
        return new Item(itemId, latestVersion, region, responsibleBody, title, category, timeLimitText,
                processingLimit, mode, at);
    }
}
