package cn.shixian.web.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks of request parameters the services' query endpoints share; each refuses a bad value with
 * an {@link InvalidParameter} (400) naming the parameter. A blank optional parameter means "any"
 * and comes back as {@code null}.
 */
public final class RequestParameters {

    /** The OpenAPI description of a {@code region} parameter read with {@link #regionPrefix}. */
    public static final String REGION_DESCRIPTION = "GB/T 2260 code or prefix, 2 to 6 digits: 65 = all of Xinjiang";

    private static final Pattern REGION_PREFIX = Pattern.compile("[0-9]{2,6}");
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RequestParameters() {
    }

    /**
     * The {@code region} parameter: a GB/T 2260 code or prefix (行政区划代码), 2 to 6 digits:
     * 65 = Xinjiang, 6505 = Hami; null for any. Digits only, so it carries no LIKE wildcard.
     */
    public static String regionPrefix(String region) {
        if (blankToNull(region) == null) {
            return null;
        }
        if (!REGION_PREFIX.matcher(region).matches()) {
            throw new InvalidParameter("region", "region must be a GB/T 2260 code or its prefix, 2 to 6 digits "
                    + "(65 = Xinjiang, 650500 = Hami); was '" + region + "'");
        }
        return region;
    }

    /** One of an enum's names, exactly; null for any. A 400 lists the names as {@code allowedValues}. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
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
    public static Boolean trueOrFalse(String parameter, String value) {
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

    /** A UUID in its canonical 8-4-4-4-12 hex form ({@link UUID#fromString} alone takes "1-2-3-4-5"). */
    public static UUID uuid(String parameter, String value) {
        if (value == null || !CANONICAL_UUID.matcher(value).matches()) {
            throw new InvalidParameter(parameter, parameter + " must be a UUID such as "
                    + "0b8e2c1e-5d0f-4b8a-9a43-7c1f5b2e9d01; was '" + value + "'");
        }
        return UUID.fromString(value);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
