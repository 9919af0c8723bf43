package cn.shixian.importer.cli;

import cn.shixian.importer.CatalogImporter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * {@code java -jar catalog-importer-cli.jar FILE --region CODE [--out FILE | --bootstrap-servers
 * HOST:PORT] [--source URI] [--changed-at DATE-TIME] [--responsible-body NAME]}. Events go to
 * stdout (NDJSON) unless --out or --bootstrap-servers says otherwise; failed rows and a summary go
 * to stderr. Exit codes: {@value #COMPLETE} every row read, {@value #SOME_ROWS_FAILED} some rows
 * failed and the others were written, {@value #BAD_INPUT} bad arguments or an unusable file or
 * output (nothing written), or Kafka unreachable or refusing.
 */
public final class ImportCli {

    static final int COMPLETE = 0;
    static final int SOME_ROWS_FAILED = 1;
    static final int BAD_INPUT = 2;

    private ImportCli() {
    }

    public static void main(String[] args) {
        // the CLI jar logs through slf4j-simple: warnings only, and Kafka's retries not at all
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        CommandLine cli = commandLine(new CatalogImporter(Clock.systemUTC()), new Sinks(System.out));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }

    static CommandLine commandLine(CatalogImporter importer, Sinks sinks) {
        CommandLine cli = new CommandLine(new ImportCommand(importer, sinks));
        cli.registerConverter(OffsetDateTime.class, ImportCli::dateTime);
        cli.setExecutionExceptionHandler((failure, command, parsed) -> {
            command.getErr().println("catalog-importer: " + failure.getMessage());
            return BAD_INPUT;
        });
        cli.setParameterExceptionHandler((failure, args) -> {
            failure.getCommandLine().getErr().println("catalog-importer: " + failure.getMessage());
            failure.getCommandLine().usage(failure.getCommandLine().getErr());
            return BAD_INPUT;
        });
        return cli;
    }

    private static OffsetDateTime dateTime(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + text + "' is not a date-time with offset, e.g. 2025-09-24T10:30:00+08:00");
        }
    }
}
