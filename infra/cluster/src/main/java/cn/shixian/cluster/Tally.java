package cn.shixian.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a topic holds, read as CloudEvents: records, distinct events (by CloudEvents id) and logical
 * events (by item, version and type). A record of an id already seen is a redelivery (the outbox's
 * at-least-once relay may send a row twice, with the same ids: harmless, consumers drop it); a second
 * id for the same item, version and type is a duplicate (an obligation or alert doubled).
 */
final class Tally {

    private long records;
    private final Set<String> ids = new HashSet<>();
    private final Map<Key, Integer> idsPerKey = new HashMap<>();

    record Key(String itemId, int version, String type) {
    }

    void add(String id, String type, String itemId, int version) {
        records++;
        if (ids.add(id)) {
            idsPerKey.merge(new Key(itemId, version, type), 1, Integer::sum);
        }
    }

    long records() {
        return records;
    }

    long distinctIds() {
        return ids.size();
    }

    /** Records whose CloudEvents id came before. */
    long redeliveries() {
        return records - ids.size();
    }

    /** Logical events (item, version, type) by type. */
    Map<String, Long> logicalByType() {
        Map<String, Long> byType = new TreeMap<>();
        idsPerKey.keySet().forEach(key -> byType.merge(key.type(), 1L, Long::sum));
        return byType;
    }

    long logical(String type) {
        return logicalByType().getOrDefault(type, 0L);
    }

    /** Logical events that came with more than one id: what should have happened once, happened again. */
    long duplicates() {
        return idsPerKey.values().stream().mapToLong(n -> n - 1).sum();
    }

    /** Whether the logical event (item, version, type) is there. */
    boolean has(String itemId, int version, String type) {
        return idsPerKey.containsKey(new Key(itemId, version, type));
    }
}
