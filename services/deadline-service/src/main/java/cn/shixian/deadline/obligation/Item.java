package cn.shixian.deadline.obligation;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.ItemRevision;
import java.time.OffsetDateTime;

/**
 * The latest revision the service knows of a catalog item (目录事项).
 *
 * @param retiredAt when the item left the catalog, null while it is in it
 */
public record Item(String itemId, int latestVersion, String region, String responsibleBody, String title,
                   DisclosureMode mode, OffsetDateTime retiredAt) {

    static Item of(ItemRevision revision) {
        return new Item(revision.itemId(), revision.version(), revision.region(), revision.responsibleBody(),
                revision.title(), revision.mode(), null);
    }

    Item retired(OffsetDateTime at) {
        return new Item(itemId, latestVersion, region, responsibleBody, title, mode, at);
    }
}
