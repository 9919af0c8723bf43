package cn.shixian.contracts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A version of a catalog item (目录事项) as an upstream system states it; created and changed
 * events carry the same fields.
 */
public sealed interface ItemRevision extends EventData permits ItemCreated, ItemChanged {

    String itemId();

    int version();

    /** GB/T 2260 code of the region, e.g. 650500 哈密市. */
    String region();

    String title();

    /** 一级/二级/三级事项. */
    List<String> category();

    /** 公开主体: the body that must publish. */
    String responsibleBody();

    DisclosureMode mode();

    TimeLimit timeLimit();

    List<String> channels();

    /** When the information was formed or changed: the day the clock starts from. */
    OffsetDateTime changedAt();

    @Override
    default String key() {
        return itemId();
    }
}
