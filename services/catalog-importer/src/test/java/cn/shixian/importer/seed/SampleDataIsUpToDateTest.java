package cn.shixian.importer.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.ImportSettings;
import cn.shixian.importer.event.ImportedEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sample catalogs in {@code infra/sample-data/} are exactly what the converters make of the seeds
 * ({@code ../shared/seeds/}), every item of each seed is in its file, and the importer reads every
 * file without a failed row. {@code -Dshixian.regenerate-sample-data=true} writes the files instead
 * of comparing them. The comparison needs the seeds and fails when they are missing (CI always has
 * {@code ../shared/} beside the clone; elsewhere {@code -Dshixian.seeds=DIR}); the import does not.
 */
class SampleDataIsUpToDateTest {

    private static final boolean REGENERATE = Boolean.getBoolean("shixian.regenerate-sample-data");
    private final CatalogImporter importer = new CatalogImporter(Clock.fixed(Instant.parse("2025-09-24T02:30:00Z"), ZoneOffset.UTC));

    @ParameterizedTest
    @EnumSource(SeedCatalog.class)
    void theCommittedCsvIsTheFreshConversionOfItsSeed(SeedCatalog catalog) throws IOException {
        SeedCatalog.requireSeeds();
        String fresh = catalog.csv();
        if (REGENERATE) {
            Files.createDirectories(catalog.sampleFile().getParent());
            Files.writeString(catalog.sampleFile(), fresh, StandardCharsets.UTF_8);
        }
        assertThat(catalog.convert()).hasSize(catalog.items());
        assertThat(Files.readAllBytes(catalog.sampleFile()))
                .as("%s is out of date: regenerate with -Dshixian.regenerate-sample-data=true", catalog.sampleFile())
                .isEqualTo(fresh.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(SeedCatalog.class)
    void theImporterReadsEveryItemOfTheSampleCsv(SeedCatalog catalog) {
        ImportReport report = importer.read(catalog.sampleFile(), ImportSettings.of(catalog.region()));

        assertThat(report.failures()).isEmpty();
        assertThat(report.events()).hasSize(catalog.items());
        assertThat(report.events()).map(ImportedEvent::key).doesNotHaveDuplicates()
                .allMatch(id -> id.matches(catalog.region() + "-[0-9a-f]{16}"));
        assertThat(report.events()).allSatisfy(event -> {
            assertThat(event.event().data().mode()).isEqualTo(DisclosureMode.ACTIVE);
            assertThat(event.event().data().responsibleBody()).doesNotStartWith("政务公开办");
        });
        if (catalog == SeedCatalog.XINJIANG_HRSS) {
            // service guides: no 公开时限 (the default 20 of art. 26), and each its 办理时限
            assertThat(report.events()).allSatisfy(event -> {
                assertThat(event.event().data().timeLimit()).isNull();
                assertThat(event.event().data().processingLimit()).isNotBlank();
            });
        } else {
            assertThat(report.events()).allSatisfy(event -> {
                assertThat(event.event().data().timeLimit()).isNotNull();
                assertThat(event.event().data().processingLimit()).isNull();
            });
        }
    }
}
