package cn.shixian.workbench.worklist;

import cn.shixian.workbench.services.WorkItem;
import java.util.function.Function;

/**
 * The columns of a worklist, in order: the page's table and both exports have exactly these.
 * Each has its heading's message key and the value it shows.
 */
public enum Column {
    STATE("column.state", WorkItem::state),
    TITLE("column.title", WorkItem::title),
    ITEM_ID("column.itemId", WorkItem::itemId),
    VERSION("column.version", WorkItem::version),
    PERIOD("column.period", WorkItem::period),
    REGION("column.region", WorkItem::region),
    BODY("column.body", WorkItem::responsibleBody),
    CATEGORY("column.category", WorkItem::categoryPath),
    CHANGED_ON("column.changedOn", WorkItem::changedOn),
    DUE_ON("column.dueOn", WorkItem::dueOn),
    TIME_LIMIT("column.timeLimit", WorkItem::limitKind),
    DAYS_LEFT("column.daysLeft", WorkItem::workingDaysLeft),
    DAYS_OVERDUE("column.daysOverdue", WorkItem::workingDaysOverdue),
    PROVISIONAL("column.provisional", WorkItem::provisional);

    private final String messageKey;
    private final Function<WorkItem, Object> value;

    Column(String messageKey, Function<WorkItem, Object> value) {
        this.messageKey = messageKey;
        this.value = value;
    }

    public String messageKey() {
        return messageKey;
    }

    Object valueOf(WorkItem row) {
        return value.apply(row);
    }
}
