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

    /** 公开时限: the publication deadline; null for the default 20 working days (条例 art. 26). */
    TimeLimit timeLimit();

    /**
     * 办理时限 as written: how long the office has to serve an application for the service the item
     * describes (a service guide, 办事指南), null when the item states none. Shown to officers, never a
     * publication deadline: no obligation is opened or counted from it (docs/design.md rule 7).
     */
    String processingLimit();

    List<String> channels();

    /** When the information was formed or changed: the day the clock starts from. */
    OffsetDateTime changedAt();

    @Override
    default String key() {
        return itemId();
    }
}
