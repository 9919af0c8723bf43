package cn.shixian.importer.cli;

import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.ImportSettings;
import cn.shixian.importer.RowFailure;
import cn.shixian.importer.SectionHeading;
import cn.shixian.importer.sink.EventSink;
import cn.shixian.importer.sink.SinkException;
import cn.shixian.importer.table.CatalogFileException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The one command of {@link ImportCli}: read FILE, report failed rows, write the events. */
@Command(name = "catalog-importer", mixinStandardHelpOptions = true, version = "catalog-importer 0.1.0",
        description = "Reads a disclosure catalog (政务公开标准目录), CSV or XLSX, into disclosure.item.created events:"
                + " NDJSON on stdout, to --out FILE, or to Kafka topic disclosure.items.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row read", "1:some rows failed (reported on stderr); the others were written",
                "2:bad arguments, a file that cannot be read or an output that cannot be written (nothing written), or Kafka that cannot be reached or refused the events"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the catalog: .csv (UTF-8 or GB18030) or .xlsx")
    Path file;

    @Option(names = "--region", required = true, paramLabel = "CODE",
            description = "GB/T 2260 code of the catalog's region, e.g. 654002 (伊宁市)")
    String region;

    @ArgGroup(exclusive = true)
    Output output = new Output();

    static final class Output {
        @Option(names = "--out", paramLabel = "FILE", description = "write NDJSON to FILE ('-': stdout, the default)")
        String file;

        @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
                description = "produce to Kafka topic disclosure.items instead, key = itemId")
        String bootstrapServers;
    }

    @Option(names = "--source", paramLabel = "URI", defaultValue = "urn:shixian:catalog-importer",
            description = "the events' CloudEvents source (default: ${DEFAULT-VALUE})")
    URI source;

    @Option(names = "--changed-at", paramLabel = "DATE-TIME",
            description = "when the information was formed or changed, with offset, e.g. 2025-09-24T10:30:00+08:00 (default: now)")
    OffsetDateTime changedAt;

    @Option(names = "--responsible-body", paramLabel = "NAME",
            description = "公开主体 of rows that name none (default: 政务公开办（CODE）)")
    String responsibleBody;

    @Spec
    CommandSpec spec;

    private final CatalogImporter importer;
    private final Sinks sinks;

    ImportCommand(CatalogImporter importer, Sinks sinks) {
        this.importer = importer;
        this.sinks = sinks;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report;
        try {
            report = importer.read(file, new ImportSettings(region, source, changedAt, responsibleBody));
        } catch (CatalogFileException e) {
            err.println("catalog-importer: " + e.getMessage());
            return ImportCli.BAD_INPUT;
        }
        report.failures().stream().map(RowFailure::toString).forEach(err::println);
        report.headings().stream().map(SectionHeading::toString).forEach(err::println);
        if (!report.filledCells().isEmpty()) {
            // merged cells saved as CSV come blank; say what was filled in, so that it can be checked
            err.printf("%s: cells filled from the row above (merged cells): %s%n", file, report.describeFilledCells());
        }
        try {
            EventSink sink = sinks.open(output.file, output.bootstrapServers);
            try {
                report.events().forEach(sink::send);
            } finally {
                sink.close();
            }
            err.printf("%s: %d items written to %s, %d rows failed%n", file, report.events().size(),
                    sink.describe(), report.failures().size());
        } catch (SinkException e) {
            err.println("catalog-importer: " + e.getMessage());
            return ImportCli.BAD_INPUT;
        }
        return report.complete() ? ImportCli.COMPLETE : ImportCli.SOME_ROWS_FAILED;
    }
}
