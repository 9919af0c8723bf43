package cn.shixian.importer.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.ItemCreated;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.ImportSettings;
import cn.shixian.importer.header.Column;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The Hami catalog (seed 002) raw, as its workbook saves as CSV: merged cells blank below their
 * first row (the 主项 of each group, the 子项 listed twice, 公开依据, 公开时限 and 公开主体 repeated
 * within a 主项, the marks of 规范性文件 listed twice). It must import as the written-out sample
 * {@code infra/sample-data/650500-hami.csv} does: 75 of 75 items, the same ids, 公开时限 per row,
 * 公开主体 and 公开方式. {@code -Dshixian.regenerate-sample-data=true} rewrites the file from the seed.
 */
class RawHamiCatalogTest {

    static final Path RAW = Path.of("src/test/resources/raw/650500-hami-raw.csv");
    private static final boolean REGENERATE = Boolean.getBoolean("shixian.regenerate-sample-data");

    private final CatalogImporter importer = new CatalogImporter(Clock.fixed(Instant.parse("2025-09-24T02:30:00Z"), ZoneOffset.UTC));

    @Test
    void theCommittedRawCsvIsTheFreshExportOfTheSeed() throws IOException {
        SeedCatalog.requireSeeds();
        String fresh = SeedCatalog.HAMI.mergedCsv();
        if (REGENERATE) {
            Files.writeString(RAW, fresh, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(RAW, StandardCharsets.UTF_8))
                .as("%s is out of date: regenerate with -Dshixian.regenerate-sample-data=true", RAW).isEqualTo(fresh);
    }

    @Test
    void theRawCatalogImports75Of75ItemsAsTheWrittenOutOne() {
        ImportReport raw = importer.read(RAW, ImportSettings.of("650500"));
        ImportReport written = importer.read(SeedCatalog.HAMI.sampleFile(), ImportSettings.of("650500"));

        assertThat(raw.failures()).isEmpty();
        assertThat(raw.events()).hasSize(75);
        for (Function<ItemCreated, Object> field : List.<Function<ItemCreated, Object>>of(
                ItemCreated::itemId, ItemCreated::category, ItemCreated::timeLimit, ItemCreated::responsibleBody,
                ItemCreated::mode, ItemCreated::channels)) {
            assertThat(items(raw)).map(field).isEqualTo(items(written).stream().map(field).toList());
        }
    }

    @Test
    void eachRowHasTheTimeLimitOfItsOwnGroupNotTheDefault() {
        List<String> texts = items(importer.read(RAW, ImportSettings.of("650500"))).stream()
                .map(item -> item.timeLimit().text()).toList();

        // 机构概况 and 政策信息和政务公开 (序号 1-5) say it one way, 社会保险登记 another in its first row (6)
        // and a third from its second row (7) on, which the rows below it (8-75) repeat
        assertThat(texts.subList(0, 5)).containsOnly("信息形成或者变更之日起20个工作日内");
        assertThat(texts.get(5)).isEqualTo("公开事项信息形成或者变更之日起20个工作日内公开");
        assertThat(texts.subList(6, 75)).containsOnly("公开事项信息形成或变更之日起20个工作日内公开");
    }

    @Test
    void theReportCountsTheCellsFilledFromAbove() {
        ImportReport raw = importer.read(RAW, ImportSettings.of("650500"));

        assertThat(raw.filledCells()).containsKeys(Column.LEVEL_1, Column.LEVEL_2, Column.BASIS, Column.TIME_LIMIT,
                Column.BODY, Column.MODE_ACTIVE);
        assertThat(raw.filledCells().get(Column.LEVEL_1)).as("every row but the first of its 主项").isEqualTo(75 - 10);
        assertThat(raw.filledCells().get(Column.MODE_ACTIVE)).as("规范性文件 listed again").isEqualTo(1);
    }

    private static List<ItemCreated> items(ImportReport report) {
        return report.events().stream().map(e -> e.event().data()).toList();
    }
}
