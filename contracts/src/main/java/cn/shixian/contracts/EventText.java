package cn.shixian.contracts;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the text of an event may hold beyond what JSON allows (事件文本): UTF-8 only (the contract's
 * encoding; Jackson would also read UTF-16 and UTF-32), and no string or name with U+0000 or a lone
 * surrogate, which JSON can escape ({@code \u0000}, {@code \ud800}) but no consumer can keep:
 * PostgreSQL refuses U+0000 in text and jsonb, and a lone surrogate is not a character, so it would
 * be stored as something else. Refused here, by both doors, instead of failing a batch over and over.
 */
final class EventText {

    private EventText() {
    }

    /** A record whose first bytes hold a 0x00 is UTF-16 or UTF-32 (or raw binary): never UTF-8 JSON. */
    static void requireUtf8(byte[] json) {
        for (int i = 0; i < Math.min(4, json.length); i++) {
            if (json[i] == 0) {
                throw new InvalidEventException(InvalidEventException.Reason.NOT_JSON, "/", "json",
                        "not JSON in UTF-8: byte " + i + " is 0x00, as in UTF-16 or UTF-32 text; send UTF-8");
            }
        }
    }

    /** @throws InvalidEventException naming the first field whose text no consumer can store */
    static void requireStorable(JsonNode node, String pointer) {
        if (node.isString()) {
            requireStorable(node.asString(), pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireStorable(node.get(i), pointer + "/" + i);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                requireStorable(field.getKey(), at);
                requireStorable(field.getValue(), at);
            }
        }
    }

    private static void requireStorable(String text, String pointer) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw unstorable(pointer, "holds U+0000 (NUL), which no text of an event may hold");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw unstorable(pointer, "holds a lone surrogate (U+" + Integer.toHexString(c).toUpperCase()
                        + "), which is not a character: escape characters as a pair, or send them as UTF-8");
            }
        }
    }

    private static InvalidEventException unstorable(String pointer, String problem) {
        return new InvalidEventException(InvalidEventException.Reason.SCHEMA_INVALID, pointer.isEmpty() ? "/" : pointer,
                "characters", (pointer.isEmpty() ? "the event" : pointer) + " " + problem);
    }
}
