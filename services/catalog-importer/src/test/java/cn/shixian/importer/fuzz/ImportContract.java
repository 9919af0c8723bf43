package cn.shixian.importer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.EventCodec;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.ImportSettings;
import cn.shixian.importer.event.ImportedEvent;
import cn.shixian.importer.table.CatalogFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What the importer promises for any file (docs/reliability.md, "Fuzzing"): it refuses the file
 * whole ({@link CatalogFileException}), or it reports each row as an event or a row failure
 * naming the row and why; every event it reports is one consumers decode, and nothing else is
 * thrown. The fuzzed file is written to one temporary path per JVM, since fuzz tests run one at a time.
 */
final class ImportContract {

    private static final EventCodec CODEC = new EventCodec();
    private static final CatalogImporter IMPORTER =
            new CatalogImporter(Clock.fixed(Instant.parse("2025-09-24T02:30:00Z"), ZoneOffset.UTC), CODEC);
    private static final ImportSettings HAMI = ImportSettings.of("650500");

    private final Path file;

    ImportContract(String fileName) {
        try {
            file = Files.createTempDirectory("shixian-fuzz").resolve(fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.getParent().toFile().deleteOnExit();
        file.toFile().deleteOnExit();
    }

    void importsOrRefuses(byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportReport report;
        try {
            report = IMPORTER.read(file, HAMI);
        } catch (CatalogFileException refused) {
            assertThat(refused).hasMessageStartingWith(file.toString());
            return;
        }
        for (ImportedEvent event : report.events()) {
            assertThat(CODEC.decode(event.json())).isEqualTo(event.event());
        }
        assertThat(report.failures()).allSatisfy(failure -> {
            assertThat(failure.row()).isPositive();
            assertThat(failure.reason()).isNotBlank();
        });
    }
}
