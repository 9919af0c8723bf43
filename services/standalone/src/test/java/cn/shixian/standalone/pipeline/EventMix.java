package cn.shixian.standalone.pipeline;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The whole-pipeline harness's stream of item events, in the order they are produced: {@code created}
 * items over the five sample regions with ids shaped like the importer's ({@code <region>-<16 hex>}),
 * {@code changed} of them revised to version 2 and {@code published} of them published (at their
 * latest version, so a changed item's publication meets both its obligations), a quarter of the
 * publications late. Items are created in blocks of {@value #BLOCK}; each block is followed by the
 * changes, then the publications, of the block before it, so every item's events come in order and a
 * burst mixes the three kinds throughout. Which items change and which are published is two
 * permutations of the indexes (exact counts, partly overlapping). Plain Java: no I/O.
 */
public final class EventMix {

    /** The five sample regions of {@code infra/sample-data}: Yining, Yining county, Hami, Xinjiang HRSS, Zhanggong. */
    static final String[] REGIONS = {"654002", "654021", "650500", "650000", "360702"};
    static final int BLOCK = 8;

    public enum Kind { CREATED, CHANGED, PUBLISHED }

    /**
     * One event: the item, the version it is about (created 1, changed 2, published: the latest), and
     * for a creation or publication whether the item's clock started long ago (the publication is late).
     */
    public record Event(Kind kind, int index, String itemId, String region, int version, boolean late) { }

    /** What the alerting read model holds once every event is applied. */
    public record Expected(long events, long obligations, long met, long metLate) { }

    private final int created;
    private final int changed;
    private final int published;
    private final String[] ids;
    private final long changeStride;
    private final long publishStride;
    private final boolean allLate;

    public EventMix(int created, int changed, int published, long seed) {
        this(created, changed, published, seed, false);
    }

    /**
     * {@code created} fresh items only, each created with its clock started long ago (as a late
     * publication's is): they arrive overdue and past escalation, for the sweep to move.
     */
    public static EventMix overdue(int created, long seed) {
        return new EventMix(created, 0, 0, seed, true);
    }

    private EventMix(int created, int changed, int published, long seed, boolean allLate) {
        if (created <= 0 || changed < 0 || published < 0 || changed > created || published > created) {
            throw new IllegalArgumentException("need 0 <= changed, published <= created and created > 0: "
                    + created + ", " + changed + ", " + published);
        }
        this.created = created;
        this.changed = changed;
        this.published = published;
        SplittableRandom random = new SplittableRandom(seed);
        ids = new String[created];
        for (int i = 0; i < created; i++) {
            ids[i] = String.format("%s-%016x", REGIONS[i % REGIONS.length], random.nextLong());
        }
        changeStride = coprimeStride(7919, created);
        publishStride = coprimeStride(104_729, created);
        this.allLate = allLate;
    }

    private static long coprimeStride(long from, int n) {
        long stride = from;
        while (gcd(stride, n) != 1) {
            stride++;
        }
        return stride;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    boolean isChanged(int i) {
        return (i * changeStride) % created < changed;
    }

    boolean isPublished(int i) {
        return ((i * publishStride) + created / 3) % created < published;
    }

    /**
     * A quarter of the published items: their clock started weeks ago, so the publication is late
     * (every item of an {@link #overdue} mix).
     */
    boolean isLate(int i) {
        return allLate || isPublished(i) && i % 4 == 0;
    }

    public void forEach(Consumer<Event> out) {
        int blocks = (created + BLOCK - 1) / BLOCK;
        for (int b = 0; b <= blocks; b++) {
            if (b < blocks) {
                for (int i = b * BLOCK; i < Math.min(created, (b + 1) * BLOCK); i++) {
                    out.accept(new Event(Kind.CREATED, i, ids[i], region(i), 1, isLate(i)));
                }
            }
            if (b > 0) {
                int from = (b - 1) * BLOCK;
                int to = Math.min(created, b * BLOCK);
                for (int i = from; i < to; i++) {
                    if (isChanged(i)) {
                        out.accept(new Event(Kind.CHANGED, i, ids[i], region(i), 2, false));
                    }
                }
                for (int i = from; i < to; i++) {
                    if (isPublished(i)) {
                        out.accept(new Event(Kind.PUBLISHED, i, ids[i], region(i), isChanged(i) ? 2 : 1, isLate(i)));
                    }
                }
            }
        }
    }

    private static String region(int i) {
        return REGIONS[i % REGIONS.length];
    }

    public Expected expected() {
        long met = 0;
        long metLate = 0;
        for (int i = 0; i < created; i++) {
            if (isPublished(i)) {
                met += isChanged(i) ? 2 : 1;
                // the late clock is version 1's; version 2 starts at the change, weeks later, and is met on time
                metLate += isLate(i) ? 1 : 0;
            }
        }
        return new Expected((long) created + changed + published, (long) created + changed, met, metLate);
    }
}
