package cn.shixian.workbench.item;

import java.time.Instant;
import java.util.List;

/**
 * One line of an item's timeline (事项时间线): what happened when, in the officer's words.
 *
 * @param at      when it happened (or was received)
 * @param kind    what it is: {@code created}, {@code changed}, {@code published}, {@code retired},
 *                {@code opened}, {@code recomputed}, {@code met}, {@code alert}, {@code ack}
 * @param version the item version it concerns, or null
 * @param args    the message arguments of {@code timeline.<kind>}
 */
public record TimelineEntry(Instant at, String kind, Integer version, List<Object> args) {

    public TimelineEntry {
        args = List.copyOf(args);
    }
}
