package cn.shixian.importer.row;

import cn.shixian.contracts.DisclosureMode;
import java.util.List;

/**
 * One catalog item as read from its row, merged cells filled.
 *
 * @param number          the row's number in its table, for messages
 * @param path            the 事项 path, most general first (一级/二级/三级事项); never empty
 * @param timeLimit       公开时限 as written, tidied; "" if the cell is blank
 * @param processingLimit 办理时限 as written, tidied; "" if the cell is blank or the table has no such column
 * @param responsibleBody 公开主体, tidied; "" if blank even after filling down
 * @param channels        公开渠道和载体, checked entries only
 * @param mode            公开方式
 */
public record CatalogRow(int number, List<String> path, String timeLimit, String processingLimit,
                         String responsibleBody, List<String> channels, DisclosureMode mode) {

    public CatalogRow {
        path = List.copyOf(path);
        channels = List.copyOf(channels);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a catalog row names at least one 事项");
        }
    }

    /** The most specific 事项 name: the item's title. */
    public String title() {
        return path.getLast();
    }
}
