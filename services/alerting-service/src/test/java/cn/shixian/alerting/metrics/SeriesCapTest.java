package cn.shixian.alerting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.alerting.metrics.SeriesCap.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeriesCapTest {

    @Test
    void groupsThatFitAreAllSeries() {
        List<Group> groups = List.of(new Group("OPEN", "650500", "哈密市人社局", 5),
                new Group("MET", "650500", "哈密市人社局", 2));
        assertThat(SeriesCap.cap(groups, SeriesCap.MIN_SERIES)).containsExactlyElementsOf(groups);
    }

    @Test
    void keepsTheLargestGroupsAndSumsTheOthersPerStateAndRegion() {
        List<Group> groups = new ArrayList<>();
        for (int body = 0; body < 20; body++) {
            groups.add(new Group("OPEN", "650500", "body-" + body, 100 - body));
            groups.add(new Group("OVERDUE", "654021", "body-" + body, 50 - body));
        }
        List<Group> series = SeriesCap.cap(groups, 10);

        assertThat(series).hasSizeLessThanOrEqualTo(10);
        // 8 largest kept, the rest summed into one "(other)" per (state, region)
        assertThat(series).contains(new Group("OPEN", "650500", "body-0", 100),
                new Group("OPEN", "650500", "body-7", 93));
        assertThat(series).doesNotContain(new Group("OPEN", "650500", "body-8", 92));
        assertThat(series).contains(new Group("OVERDUE", "654021", SeriesCap.OTHER, sum(31, 50)),
                new Group("OPEN", "650500", SeriesCap.OTHER, sum(81, 92)));
        assertExactSums(groups, series, true);
    }

    @Test
    void foldsRegionsTooWhenEvenTheirSumsDoNotFit() {
        List<Group> groups = new ArrayList<>();
        for (int region = 0; region < 30; region++) {
            groups.add(new Group("OPEN", "65%04d".formatted(region), "body-a", 1000 - region));
            groups.add(new Group("OPEN", "65%04d".formatted(region), "body-b", 10));
            groups.add(new Group("MET", "65%04d".formatted(region), "body-a", 3));
        }
        List<Group> series = SeriesCap.cap(groups, 20);

        assertThat(series).hasSizeLessThanOrEqualTo(20);
        assertThat(series).contains(new Group("OPEN", "650000", "body-a", 1000));
        assertThat(series).filteredOn(g -> g.region().equals(SeriesCap.OTHER))
                .extracting(Group::state).containsExactlyInAnyOrder("OPEN", "MET");
        assertExactSums(groups, series, false);
    }

    @Test
    void neverExceedsTheCap() {
        List<Group> groups = new ArrayList<>();
        String[] states = {"OPEN", "DUE_SOON", "OVERDUE", "ESCALATED", "MET", "MET_LATE", "CANCELLED"};
        long seed = 7;
        for (int i = 0; i < 5000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            int r = (int) ((seed >>> 33) % 400);
            groups.add(new Group(states[i % states.length], "65%04d".formatted(r), "body-" + (i % 37),
                    1 + ((seed >>> 20) & 0xff)));
        }
        for (int cap : new int[] {SeriesCap.MIN_SERIES, SeriesCap.MIN_SERIES + 1, 50, 500, 2000, 4999}) {
            List<Group> series = SeriesCap.cap(groups, cap);
            assertThat(series).as("cap %d", cap).hasSizeLessThanOrEqualTo(cap);
            assertExactSums(groups, series, false);
        }
    }

    @Test
    void aCapBelowOnePerStateIsRefused() {
        assertThatThrownBy(() -> SeriesCap.cap(List.of(), 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ObligationGaugeSettings(java.time.Duration.ofSeconds(30), 7))
                .hasMessageContaining("max-series");
    }

    private static long sum(int from, int to) {
        long sum = 0;
        for (int i = from; i <= to; i++) {
            sum += i;
        }
        return sum;
    }

    private static void assertExactSums(List<Group> groups, List<Group> series, boolean byRegionToo) {
        assertThat(sumBy(series, Group::state)).isEqualTo(sumBy(groups, Group::state));
        if (byRegionToo) {
            assertThat(sumBy(series, g -> g.state() + "/" + g.region()))
                    .isEqualTo(sumBy(groups, g -> g.state() + "/" + g.region()));
        }
        assertThat(series.stream().map(g -> List.of(g.state(), g.region(), g.responsibleBody())).distinct())
                .hasSize(series.size());
    }

    private static Map<String, Long> sumBy(List<Group> groups, java.util.function.Function<Group, String> key) {
        return groups.stream().collect(Collectors.groupingBy(key, Collectors.summingLong(Group::count)));
    }
}
