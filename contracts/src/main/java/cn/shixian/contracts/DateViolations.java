package cn.shixian.contracts;

import com.networknt.schema.Error;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * One readable sentence for a date or date-time that is not real or lacks its offset. The
 * validator reports each broken keyword on its own (format, and pattern when the offset is
 * missing); a person fixing the producer wants one message per field that says what is wrong.
 */
final class DateViolations {

    /** Where the shared date definitions live; every date field of every schema refers to them. */
    private static final String DATE_DEFINITIONS = "common.schema.json#/$defs/date";
    private static final String DATE_TIME_DEFINITION = "common.schema.json#/$defs/dateTime";

    private DateViolations() {
    }

    static boolean concerns(Error error) {
        return error.getSchemaLocation().toString().contains(DATE_DEFINITIONS);
    }

    static boolean wantsTime(Error error) {
        return error.getSchemaLocation().toString().contains(DATE_TIME_DEFINITION);
    }

    static Violation describe(String field, JsonNode value, boolean withTime) {
        String text = value == null || value.isMissingNode() ? "" : value.isString() ? value.asString() : value.toString();
        return new Violation(field, "format", name(field) + " '" + text + "' " + problem(text, withTime));
    }

    private static String problem(String text, boolean withTime) {
        if (!withTime) {
            return "is not a real calendar date; expected YYYY-MM-DD, e.g. 2025-09-24";
        }
        if (isLocalDateTime(text)) {
            // the offset decides the local date, and so the day the working-day count starts
            return "has no UTC offset; expected RFC 3339 with offset, e.g. 2025-09-24T10:30:00+08:00";
        }
        return "is not a real date-time; expected RFC 3339 with offset, e.g. 2025-09-24T10:30:00+08:00";
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String name(String field) {
        return field.substring(field.lastIndexOf('/') + 1);
    }
}
