package cn.shixian.importer.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.ItemCreated;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportSettings;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import cn.shixian.workcalendar.timelimit.TimeLimitParser;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The service guides of seed 003 (650000) are published within 条例 art. 26, 20 working days, as
 * every catalog item: their 办理时限 is carried beside, never counted as their publication deadline.
 */
class HrssGuidesTest {

    private static final OffsetDateTime CHANGED_AT = OffsetDateTime.parse("2025-09-24T10:30:00+08:00");
    private static final RegionCode XINJIANG = RegionCode.of("650000");

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
    private final List<ItemCreated> guides = new CatalogImporter(Clock.fixed(Instant.parse("2025-09-24T02:30:00Z"),
            ZoneOffset.UTC)).read(SeedCatalog.XINJIANG_HRSS.sampleFile(), new ImportSettings("650000",
            URI.create("urn:test"), CHANGED_AT, null)).events().stream().map(e -> e.event().data()).toList();

    @Test
    void everyGuideIsDueOnItsArticle26DateNotOnItsProcessingLimit() {
        LocalDate changedOn = CHANGED_AT.toLocalDate();
        LocalDate article26 = calendar.due(changedOn, 20, XINJIANG).date();

        Map<LocalDate, Long> byDueDate = guides.stream().collect(Collectors.groupingBy(this::dueOn, Collectors.counting()));

        assertThat(byDueDate).containsExactly(Map.entry(article26, 132L));
    }

    @Test
    void theProcessingLimitsAreTheGuidesOwnWords() {
        Map<String, ItemCreated> byTitle = guides.stream()
                .collect(Collectors.toMap(ItemCreated::title, Function.identity(), (a, b) -> a));

        assertThat(byTitle.get("机关事业单位社会保险登记").processingLimit()).isEqualTo("材料齐全的情况下，即时办结");
        assertThat(guides).extracting(ItemCreated::processingLimit).doesNotContainNull().hasSize(132);
    }

    /** How the deadline-service counts it: the time limit as given, else the default 20. */
    private LocalDate dueOn(ItemCreated guide) {
        return TimeLimitParser.read(guide.timeLimit() == null ? null : guide.timeLimit().text())
                .firstDue(guide.changedAt().toLocalDate(), calendar, XINJIANG).orElseThrow().due().date();
    }
}
