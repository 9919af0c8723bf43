package cn.shixian.contracts;

import com.ethlo.time.ITU;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Reads RFC 3339 date-times with ethlo ITU, several times cheaper than java.time's ISO formatter,
 * and every event carries two or three of them. The offset is kept as written. Anything ITU does
 * not take (a leap second, a malformed value the schema let through) goes to Jackson's own
 * reader, so errors read exactly as before.
 */
final class RfcDateTimeReader extends ValueDeserializer<OffsetDateTime> {

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            OffsetDateTime parsed = parseOrNull(parser.getString());
            if (parsed != null) {
                return parsed;
            }
            if (parser.getString().startsWith("0000-")) {
                throw context.weirdStringException(parser.getString(), OffsetDateTime.class,
                        "year 0000 is before the common era");
            }
        }
        return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
    }

    /**
     * The date-time, or null where ITU does not take it, or for year 0000: RFC 3339 writes it, but
     * nothing happened then, and PostgreSQL does not read it (its year before 1 is "1 BC").
     */
    static OffsetDateTime parseOrNull(String text) {
        try {
            OffsetDateTime parsed = ITU.parseDateTime(text);
            return parsed.getYear() < 1 ? null : parsed;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
