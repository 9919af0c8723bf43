package cn.shixian.workbench.request;

import java.util.List;

/**
 * The states of a request (办理状态) as the deadline-service names them, in the order the filter offers
 * them: the clock running, standing still (补正, 征求意见), then the closed ones.
 */
final class RequestStates {

    static final List<String> ALL = List.of("OPEN", "WAITING_FOR_CORRECTION", "IN_CONSULTATION", "ANSWERED_ON_TIME",
            "ANSWERED_LATE", "WITHDRAWN", "CLOSED_NOT_CORRECTED");
    static final List<String> PAUSED = List.of("WAITING_FOR_CORRECTION", "IN_CONSULTATION");

    private RequestStates() {
    }

    /** The state if it is one, else null (any). */
    static String known(String state) {
        return state != null && ALL.contains(state.strip()) ? state.strip() : null;
    }

    /** The css of a state's lamp: green running, yellow paused, red answered late, grey closed otherwise. */
    static String css(String state) {
        if ("OPEN".equals(state)) {
            return "lamp-green";
        }
        if (PAUSED.contains(state)) {
            return "lamp-yellow";
        }
        return "ANSWERED_LATE".equals(state) ? "lamp-red" : "lamp-none";
    }
}
