package cn.shixian.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.InvalidEventException;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.ItemPublished;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportSettings;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The demo's history: seeded, in the past, mostly published on time, and three records for the DLT. */
class DemoStoryTest {

    private static final Instant NOW = OffsetDateTime.parse("2026-11-26T10:00:00+08:00").toInstant();
    private final EventCodec codec = new EventCodec();

    @Test
    void theSameSeedTellsTheSameStoryAndNothingHappensInTheFuture() {
        List<List<DemoRecord>> first = histories(new DemoStory(1, NOW, WorkingDayCalendar.bundled()));
        List<List<DemoRecord>> again = histories(new DemoStory(1, NOW, WorkingDayCalendar.bundled()));

        assertThat(first).extracting(h -> h.size()).isEqualTo(again.stream().map(List::size).toList());
        assertThat(first.stream().flatMap(List::stream).map(r -> codec.decode(r.value())))
                .allSatisfy(e -> assertThat(e.time().toInstant()).isBefore(NOW));
    }

    @Test
    void mostItemsArePublishedAndSomeAreNot() {
        List<List<DemoRecord>> histories = histories(new DemoStory(1, NOW, WorkingDayCalendar.bundled()));

        long published = histories.stream().filter(h -> h.size() == 2
                && codec.decode(h.get(1).value()).data() instanceof ItemPublished).count();
        long createdOnly = histories.stream().filter(h -> h.size() == 1).count();
        assertThat(published).isBetween(250L, 450L);
        assertThat(createdOnly).isBetween(40L, 200L);
    }

    @Test
    void theMalformedRecordsAreRefusedByTheCodecForThreeReasons() {
        List<DemoRecord> bad = new DemoStory(1, NOW, WorkingDayCalendar.bundled()).malformed(item(0));

        assertThat(bad).extracting(r -> Assertions.catchThrowableOfType(InvalidEventException.class,
                () -> codec.decode(r.value())).reason().code())
                .containsExactly("not-json", "schema-invalid", "impossible-date");
    }

    @Test
    void theXinjiangHrssGuidesAreDueOnTheirArticle26DateAndCarryTheirProcessingLimit() {
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        DemoStory story = new DemoStory(1, NOW, calendar);
        List<ItemCreated> guides = new CatalogImporter(Clock.fixed(NOW, ZoneOffset.UTC))
                .read(SampleCatalogs.directory().orElseThrow().resolve("650000-xinjiang-hrss.csv"),
                        ImportSettings.of("650000")).events().stream().map(e -> e.event().data()).toList();

        List<ItemCreated> played = guides.stream().map(guide -> (ItemCreated) codec.decode(
                story.history(guide).getFirst().value()).data()).toList();

        assertThat(played).hasSize(132).allSatisfy(created -> {
            assertThat(created.timeLimit()).as("no 公开时限: the default 20 of 条例 art. 26").isNull();
            assertThat(created.processingLimit()).isNotBlank();
        });
        assertThat(played).extracting(ItemCreated::processingLimit)
                .isEqualTo(guides.stream().map(ItemCreated::processingLimit).toList());
        // counted as the deadline-service counts them: the 20th working day after the change, each guide
        Map<LocalDate, Long> byDueDate = played.stream().collect(Collectors.groupingBy(created -> calendar.due(
                created.changedAt().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDate(),
                TimeLimit.DEFAULT_WORKING_DAYS, RegionCode.of("650000")).date(), Collectors.counting()));
        assertThat(byDueDate.values().stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("guides changed on different days are due on different days").isLessThanOrEqualTo(5);
    }

    private static List<List<DemoRecord>> histories(DemoStory story) {
        return IntStream.range(0, 500).mapToObj(i -> story.history(item(i))).toList();
    }

    private static ItemCreated item(int i) {
        return new ItemCreated("654002-demo-" + i, 1, "654002", "事项 " + i, List.of("社会保险"), "市人社局",
                DisclosureMode.ACTIVE, new TimeLimit("信息形成或者变更之日起20个工作日内", null), List.of("政府网站"),
                OffsetDateTime.parse("2026-01-05T10:00:00+08:00"));
    }
}
