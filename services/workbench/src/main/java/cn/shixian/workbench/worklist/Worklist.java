package cn.shixian.workbench.worklist;

import java.util.List;

/**
 * The worklists (待办) officers start from: each a preset of obligation states.
 */
public enum Worklist {
    /** 逾期: overdue, escalated included. */
    OVERDUE(List.of("OVERDUE", "ESCALATED")),
    /** 红牌: escalated only. */
    ESCALATED(List.of("ESCALATED")),
    /** 临期: due soon. */
    DUE_SOON(List.of("DUE_SOON")),
    /** 全部未办结: every open obligation. */
    OPEN(List.of("OPEN", "DUE_SOON", "OVERDUE", "ESCALATED", "PAUSED"));

    static final List<String> STATES = List.of("OPEN", "DUE_SOON", "OVERDUE", "ESCALATED", "PAUSED", "MET", "MET_LATE",
            "CANCELLED");

    private final List<String> states;

    Worklist(List<String> states) {
        this.states = states;
    }

    public List<String> states() {
        return states;
    }

    /** The list named in a URL ({@code overdue}, {@code due-soon} …); OVERDUE for anything else. */
    static Worklist named(String name) {
        for (Worklist list : values()) {
            if (list.slug().equals(name)) {
                return list;
            }
        }
        return OVERDUE;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
