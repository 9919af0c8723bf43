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
        }
        return InstantDeserializer.OFFSET_DATE_TIME.deserialize(parser, context);
    }

    /** The date-time, or null where ITU does not take it. */
    static OffsetDateTime parseOrNull(String text) {
        try {
            return ITU.parseDateTime(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
