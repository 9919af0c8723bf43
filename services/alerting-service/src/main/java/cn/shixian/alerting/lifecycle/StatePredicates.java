package cn.shixian.alerting.lifecycle;

import cn.shixian.contracts.Alert.AlertState;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The lifecycle's state sets as SQL text over a state column: enum names as literals, not
 * parameters, so PostgreSQL's planner sees that the partial indexes over the same sets apply.
 */
public final class StatePredicates {

    private StatePredicates() {
    }

    /** {@code column in ('A', 'B')}, in lifecycle order. */
    public static String in(String column, Collection<ObligationState> states) {
        return column + " in (" + literals(states.stream().sorted().map(Enum::name).toList()) + ")";
    }

    /** {@code column in ('DUE_SOON', …)} over alert types, in their order. */
    public static String inAlerts(String column, Collection<AlertState> alerts) {
        return column + " in (" + literals(alerts.stream().sorted().map(Enum::name).toList()) + ")";
    }

    /** {@code case column when 'X' then 0 when 'Y' then 1 … else n end}: rank in the order given. */
    public static String rank(String column, List<ObligationState> order) {
        return "case " + column + IntStream.range(0, order.size())
                .mapToObj(i -> " when '" + order.get(i).name() + "' then " + i)
                .collect(Collectors.joining()) + " else " + order.size() + " end";
    }

    private static String literals(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    }
}
