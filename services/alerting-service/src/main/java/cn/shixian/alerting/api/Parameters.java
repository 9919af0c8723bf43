package cn.shixian.alerting.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks of the parameters the endpoints share; a blank optional parameter means "any". */
final class Parameters {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private static final Pattern REGION_PREFIX = Pattern.compile("[0-9]{2,6}");
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Parameters() {
    }

    /** A GB/T 2260 code or prefix (行政区划代码), 2 to 6 digits: 65 = Xinjiang, 6505 = Hami; null for any. */
    static String regionPrefix(String region) {
        if (blankToNull(region) == null) {
            return null;
        }
        if (!REGION_PREFIX.matcher(region).matches()) {
            throw new InvalidParameter("region", "region must be a GB/T 2260 code or its prefix, 2 to 6 digits "
                    + "(65 = Xinjiang, 650500 = Hami); was '" + region + "'");
        }
        return region;
    }

    /** One of an enum's names, exactly; null for any. */
    static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        if (blankToNull(value) == null) {
            return null;
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!allowed.contains(value)) {
            throw new InvalidParameter(parameter, parameter + " must be one of " + String.join(", ", allowed)
                    + "; was '" + value + "'", allowed);
        }
        return Enum.valueOf(type, value);
    }

    /** {@code true} or {@code false} (any case); null for any. */
    static Boolean trueOrFalse(String parameter, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidParameter(parameter, parameter + " must be true or false; was '" + value + "'",
                    List.of("true", "false"));
        };
    }

    static int page(Integer page) {
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new InvalidParameter("page", "page counts from 0; was " + page);
        }
        return page;
    }

    static int size(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameter("size", "size must be 1 to " + MAX_SIZE + "; was " + size);
        }
        return size;
    }

    /** A UUID in its canonical 8-4-4-4-12 hex form ({@link UUID#fromString} alone takes "1-2-3-4-5"). */
    static UUID uuid(String parameter, String value) {
        if (value == null || !CANONICAL_UUID.matcher(value).matches()) {
            throw new InvalidParameter(parameter, parameter + " must be a UUID such as "
                    + "0b8e2c1e-5d0f-4b8a-9a43-7c1f5b2e9d01; was '" + value + "'");
        }
        return UUID.fromString(value);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
