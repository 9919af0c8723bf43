package cn.shixian.alerting.metrics;

import cn.shixian.alerting.lifecycle.ObligationState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the {@code shixian_obligations} family within a number of series, whatever the number of
 * regions and responsible bodies (about 40,000 townships publish catalogs). Counts are never lost:
 * every fold sums, so {@code sum by (state)} is always exact.
 * <ol>
 * <li>If the (state, region, body) groups fit, each is a series.</li>
 * <li>Else the largest groups are kept, and the others are summed per (state, region) into
 *     {@code responsible_body="(other)"}: as many groups are kept as leave room for those sums.
 *     {@code sum by (state, region)} stays exact.</li>
 * <li>If even the (state, region) sums do not fit (more state × region pairs than series), half the
 *     room goes to the largest groups, the rest to the largest (state, region) sums of the others, and
 *     what remains is summed per state into {@code region="(other)", responsible_body="(other)"}.</li>
 * </ol>
 */
final class SeriesCap {

    static final String OTHER = "(other)";
    /** One series per state for the last fold, and one more. */
    static final int MIN_SERIES = ObligationState.values().length + 1;

    /** Obligations of one (state, region, responsible body). */
    record Group(String state, String region, String responsibleBody, long count) {
    }

    private static final Comparator<Group> LARGEST_FIRST = Comparator.comparingLong(Group::count).reversed()
            .thenComparing(Group::state).thenComparing(Group::region).thenComparing(Group::responsibleBody);

    private SeriesCap() {
    }

    static List<Group> cap(List<Group> groups, int maxSeries) {
        if (maxSeries < MIN_SERIES) {
            throw new IllegalArgumentException("maxSeries must be at least " + MIN_SERIES + ", was " + maxSeries);
        }
        List<Group> merged = merge(groups);
        if (merged.size() <= maxSeries) {
            return merged;
        }
        List<Group> sorted = new ArrayList<>(merged);
        sorted.sort(LARGEST_FIRST);
        int n = sorted.size();
        // distinctPairs[k]: how many (state, region) pairs the groups from k on have
        int[] distinctPairs = new int[n + 1];
        Set<String> pairs = new HashSet<>();
        for (int k = n - 1; k >= 0; k--) {
            pairs.add(pairKey(sorted.get(k)));
            distinctPairs[k] = pairs.size();
        }
        // k + distinctPairs[k] never decreases with k: the largest k that fits is found from the top
        for (int kept = Math.min(maxSeries, n); kept >= 0; kept--) {
            if (kept + distinctPairs[kept] <= maxSeries) {
                List<Group> result = new ArrayList<>(sorted.subList(0, kept));
                result.addAll(foldBodies(sorted.subList(kept, n)));
                return merge(result);
            }
        }
        // more (state, region) pairs than series
        Set<String> states = new HashSet<>();
        sorted.forEach(g -> states.add(g.state()));
        int room = maxSeries - states.size();
        int kept = room / 2;
        List<Group> result = new ArrayList<>(sorted.subList(0, kept));
        List<Group> pairSums = new ArrayList<>(foldBodies(sorted.subList(kept, n)));
        pairSums.sort(LARGEST_FIRST);
        int keptPairs = room - kept;
        result.addAll(pairSums.subList(0, keptPairs));
        for (Group rest : pairSums.subList(keptPairs, pairSums.size())) {
            result.add(new Group(rest.state(), OTHER, OTHER, rest.count()));
        }
        return merge(result);
    }

    /** The groups summed per (state, region), as {@code responsible_body="(other)"}. */
    private static List<Group> foldBodies(List<Group> groups) {
        List<Group> folded = new ArrayList<>();
        for (Group g : groups) {
            folded.add(new Group(g.state(), g.region(), OTHER, g.count()));
        }
        return merge(folded);
    }

    /** Sums groups of the same labels (a body really named "(other)" joins the fold), keeping first-seen order. */
    private static List<Group> merge(List<Group> groups) {
        Map<List<String>, Long> sums = new LinkedHashMap<>();
        for (Group g : groups) {
            sums.merge(List.of(g.state(), g.region(), g.responsibleBody()), g.count(), Long::sum);
        }
        List<Group> merged = new ArrayList<>(sums.size());
        sums.forEach((labels, count) -> merged.add(new Group(labels.get(0), labels.get(1), labels.get(2), count)));
        return merged;
    }

    private static String pairKey(Group g) {
        return g.state() + '\u0000' + g.region();
    }
}
