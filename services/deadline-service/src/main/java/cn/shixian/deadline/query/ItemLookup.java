package cn.shixian.deadline.query;

import cn.shixian.web.query.InvalidParameter;
import java.util.List;

/** {@code POST /api/items/lookup}: which items (事项查询) a catalog re-import asks about, and what is known of them. */
final class ItemLookup {

    static final int MAX_IDS = 2000;

    private ItemLookup() {
    }

    /** The body: 1 to {@value #MAX_IDS} item ids. */
    record Request(List<String> itemIds) {

        /** The ids, each once, in the order first given; a 400 naming {@code itemIds} otherwise. */
        List<String> checked() {
            if (itemIds == null || itemIds.isEmpty() || itemIds.size() > MAX_IDS) {
                throw new InvalidParameter("itemIds", "itemIds must list 1 to " + MAX_IDS + " item ids; "
                        + (itemIds == null ? "it is missing" : "it lists " + itemIds.size()));
            }
            for (int i = 0; i < itemIds.size(); i++) {
                if (itemIds.get(i) == null || itemIds.get(i).isBlank()) {
                    throw new InvalidParameter("itemIds", "itemIds[" + i + "] is empty: every item id must be a "
                            + "non-blank string");
                }
            }
            return itemIds.stream().distinct().toList();
        }
    }

    /** The answer: the items known and in the caller's regions, in the order asked; the others are absent. */
    record Response(List<ItemSummary> items) {
    }
}
