package cn.shixian.web;

import java.util.List;

/**
 * The regions (辖区) a user may see: GB/T 2260 prefixes, everywhere, or nowhere. A region code is
 * in scope when it starts with one of the prefixes ({@code 65} holds {@code 650500}). Enforced on
 * the server for every page and API: what is out of scope answers as if it did not exist.
 *
 * @param prefixes  the prefixes, when not {@code unlimited}
 * @param unlimited every region
 */
public record RegionScope(List<String> prefixes, boolean unlimited) {

    private static final RegionScope EVERYWHERE = new RegionScope(List.of(), true);
    private static final RegionScope NOWHERE = new RegionScope(List.of(), false);

    public RegionScope {
        prefixes = List.copyOf(prefixes);
    }

    public static RegionScope everywhere() {
        return EVERYWHERE;
    }

    /** For a caller who is no configured user. */
    public static RegionScope nowhere() {
        return NOWHERE;
    }

    public static RegionScope of(List<String> prefixes) {
        return prefixes.isEmpty() ? NOWHERE : new RegionScope(prefixes, false);
    }

    /** Whether the region code lies inside the scope. */
    public boolean permits(String region) {
        return unlimited || (region != null && prefixes.stream().anyMatch(region::startsWith));
    }

    /**
     * Whether a region filter (a prefix a caller asks for) can match anything in scope: {@code 65}
     * for a user of {@code 650500} can (the query then narrows to the user's regions), {@code 36}
     * cannot.
     */
    public boolean overlaps(String filterPrefix) {
        return unlimited || filterPrefix == null
                || prefixes.stream().anyMatch(p -> p.startsWith(filterPrefix) || filterPrefix.startsWith(p));
    }
}
