package cn.shixian.alerting.access;

import cn.shixian.web.RegionScope;
import cn.shixian.web.query.Conditions;

/**
 * The region part of every read and acknowledgement (辖区): the caller's regions and the region
 * prefix they ask for, both on the {@code region} column. What is out of scope answers as if it did
 * not exist: a filter outside the caller's regions finds nothing, an alert outside them is not found.
 */
public final class RegionConditions {

    private RegionConditions() {
    }

    /**
     * @param regionPrefix a checked GB/T 2260 prefix (digits only), null for any
     * @param scope        what the caller may see ({@code cn.shixian.web.CurrentUsers#scopeOf})
     */
    public static Conditions of(String regionPrefix, RegionScope scope) {
        // parameter names of their own: the callers add conditions named after their filters
        return new Conditions().startsWith("region", "regionPrefix", regionPrefix).within("region", "scope", scope);
    }

    /** The conditions as {@code " and a and b"}, to follow a where clause of the caller's; empty for none. */
    public static String and(Conditions conditions) {
        String where = conditions.sql();
        return where.isEmpty() ? "" : " and " + where.substring(" where ".length());
    }
}
