package cn.shixian.deadline.query;

import cn.shixian.deadline.obligation.ObligationState;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@code GET /api/obligations} asks for, checked. Blank parameters mean "any".
 *
 * @param state           null for every state
 * @param regionPrefix    GB/T 2260 code prefix (行政区划代码): {@code 65} is all of Xinjiang,
 *                        {@code 6505} Hami's prefecture, {@code 650502} one district; null for all
 * @param responsibleBody the 公开主体, exactly as the items name it; null for all
 */
record ObligationFilter(ObligationState state, String regionPrefix, String responsibleBody, int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private static final Pattern REGION_PREFIX = Pattern.compile("[0-9]{2,6}");

    static ObligationFilter of(String state, String region, String responsibleBody, Integer page, Integer size) {
        return new ObligationFilter(state(state), regionPrefix(region), blankToNull(responsibleBody),
                page(page), size(size));
    }

    /** Rows to skip; a long, as page × size may pass what an int holds. */
    long offset() {
        return (long) page * size;
    }

    private static ObligationState state(String state) {
        if (blankToNull(state) == null) {
            return null;
        }
        List<String> allowed = Arrays.stream(ObligationState.values()).map(Enum::name).toList();
        if (!allowed.contains(state)) {
            throw new InvalidQuery("state", "state must be one of " + String.join(", ", allowed)
                    + "; was '" + state + "'", allowed);
        }
        return ObligationState.valueOf(state);
    }

    private static String regionPrefix(String region) {
        if (blankToNull(region) == null) {
            return null;
        }
        if (!REGION_PREFIX.matcher(region).matches()) {
            throw new InvalidQuery("region", "region must be a GB/T 2260 code or its prefix, 2 to 6 digits "
                    + "(65 = Xinjiang, 650500 = Hami); was '" + region + "'", null);
        }
        return region;
    }

    private static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new InvalidQuery("page", "page counts from 0; was " + page, null);
        }
        return page;
    }

    private static int size(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQuery("size", "size must be 1 to " + MAX_SIZE + "; was " + size, null);
        }
        return size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
