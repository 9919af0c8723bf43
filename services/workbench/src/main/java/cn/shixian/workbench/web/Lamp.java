package cn.shixian.workbench.web;

import java.util.List;

/**
 * The 红黄绿灯 convention of 电子监察 systems that officers know: green (绿灯) on track, yellow (黄灯)
 * due soon, red (红灯) overdue, red card (红牌) escalated; a closed obligation has no lamp.
 */
public enum Lamp {
    GREEN("OPEN"), YELLOW("DUE_SOON"), RED("OVERDUE"), RED_CARD("ESCALATED"), NONE(null);

    /** The four lamps of open obligations, from calm to alarming. */
    public static final List<Lamp> OPEN = List.of(GREEN, YELLOW, RED, RED_CARD);

    private final String state;

    Lamp(String state) {
        this.state = state;
    }

    /** The obligation state this lamp shows. */
    public String state() {
        return state;
    }

    public static Lamp of(String state) {
        for (Lamp lamp : values()) {
            if (lamp.state != null && lamp.state.equals(state)) {
                return lamp;
            }
        }
        return NONE;
    }

    /** CSS class, e.g. {@code lamp-red-card}. */
    public String css() {
        return "lamp-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
