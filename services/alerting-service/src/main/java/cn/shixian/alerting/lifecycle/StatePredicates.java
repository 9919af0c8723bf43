package cn.shixian.alerting.lifecycle;

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

    /** {@code column in ('A', 'B')} over states or alert types, in their declared (lifecycle) order. */
    public static <E extends Enum<E>> String in(String column, Collection<E> values) {
        return column + " in (" + literals(values.stream().sorted().map(Enum::name).toList()) + ")";
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
