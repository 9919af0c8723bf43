package cn.shixian.web.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.shixian.web.RegionScope;

/**
 * The where clause of a filtered query and its named parameters, for Spring's {@code JdbcClient}.
 * Each method adds one condition, or nothing when the filter's value is null ("any"); the
 * conditions are joined with {@code and}. Column and parameter names are the caller's SQL, never
 * request input; values always travel as parameters.
 *
 * <pre>{@code
 * Conditions where = new Conditions()
 *         .equal("state", "state", filter.state())
 *         .startsWith("region", "region", filter.regionPrefix());
 * jdbc.sql("select count(*) from obligation" + where.sql()).params(where.params())
 * }</pre>
 */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** {@code column = :parameter}; an enum is compared by its name. */
    public Conditions equal(String column, String parameter, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + parameter);
            params.put(parameter, value instanceof Enum<?> constant ? constant.name() : value);
        }
        return this;
    }

    /**
     * {@code column like :parameter} with {@code prefix%}: e.g. a GB/T 2260 region prefix, 65 for
     * all of Xinjiang. The prefix must be checked not to hold a LIKE wildcard ({@code %}, {@code _},
     * {@code \}): {@link RequestParameters#regionPrefix} allows digits only.
     */
    public Conditions startsWith(String column, String parameter, String prefix) {
        if (prefix != null) {
            if (prefix.contains("%") || prefix.contains("_") || prefix.contains("\\")) {
                throw new IllegalArgumentException("a LIKE wildcard in the prefix of " + column + ": " + prefix);
            }
            conditions.add(column + " like :" + parameter);
            params.put(parameter, prefix + "%");
        }
        return this;
    }

    /**
     * The caller's regions: {@code (column like :p0 or column like :p1 …)}, nothing for an
     * unlimited scope, {@code false} for none. Each prefix is a GB/T 2260 prefix of digits.
     */
    public Conditions within(String column, String parameter, RegionScope scope) {
        if (scope.unlimited()) {
            return this;
        }
        if (scope.prefixes().isEmpty()) {
            conditions.add("false");
            return this;
        }
        List<String> any = new ArrayList<>();
        for (int i = 0; i < scope.prefixes().size(); i++) {
            String prefix = scope.prefixes().get(i);
            if (!prefix.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("a region prefix of digits only, not " + prefix);
            }
            any.add(column + " like :" + parameter + i);
            params.put(parameter + i, prefix + "%");
        }
        conditions.add("(" + String.join(" or ", any) + ")");
        return this;
    }

    /** {@code column is not null} when {@code notNull} is true, {@code column is null} when false. */
    public Conditions notNull(String column, Boolean notNull) {
        if (notNull != null) {
            conditions.add(column + (notNull ? " is not null" : " is null"));
        }
        return this;
    }

    /** {@code " where a and b"} to append to a {@code from}; empty without conditions. */
    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The values of the named parameters in {@link #sql()}. */
    public Map<String, Object> params() {
        return Collections.unmodifiableMap(params);
    }
}
