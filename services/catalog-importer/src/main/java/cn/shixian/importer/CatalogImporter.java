package cn.shixian.importer;

import cn.shixian.contracts.EventCodec;
import cn.shixian.importer.event.ImportedEvent;
import cn.shixian.importer.event.ItemEvents;
import cn.shixian.importer.event.ItemIds;
import cn.shixian.importer.header.Column;
import cn.shixian.importer.header.ColumnLayout;
import cn.shixian.importer.header.HeaderMatcher;
import cn.shixian.importer.row.CatalogRow;
import cn.shixian.importer.row.RowException;
import cn.shixian.importer.row.RowReader;
import cn.shixian.importer.table.CatalogFileException;
import cn.shixian.importer.table.Table;
import cn.shixian.importer.table.TableRow;
import cn.shixian.importer.table.Tables;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalog (政务公开标准目录) file, CSV or XLSX, into one {@code disclosure.item.created}
 * event per item row. A row that cannot be read is reported and the others go through; a file that
 * cannot be read at all throws {@link CatalogFileException}. Plain Java, thread-safe.
 *
 * <pre>{@code
 * CatalogImporter importer = new CatalogImporter(Clock.systemUTC());
 * ImportReport report = importer.read(Path.of("654002-yining.csv"), ImportSettings.of("654002"));
 * report.events();    // ImportedEvent: the CloudEvent and its JSON, key = itemId
 * report.failures();  // RowFailure: file, row, reason
 * report.headings();  // SectionHeading: rows taken for section headings
 * report.filledCells(); // cells filled from the row above (merged cells saved as CSV), by column
 * }</pre>
 */
public final class CatalogImporter {

    /** The zone of "now" when no changedAt is given: official time in all of China, Xinjiang included. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final ItemEvents itemEvents;

    public CatalogImporter(Clock clock) {
        this(clock, new EventCodec());
    }

    public CatalogImporter(Clock clock, EventCodec codec) {
        this.clock = clock;
        this.itemEvents = new ItemEvents(codec);
    }

    public ImportReport read(Path file, ImportSettings settings) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZONE).truncatedTo(ChronoUnit.MILLIS);
        Run run = new Run(file.toString(), settings, settings.changedAt() != null ? settings.changedAt() : now, now);
        List<Table> tables = Tables.read(file);
        int catalogs = 0;
        for (Table table : tables) {
            ColumnLayout layout;
            try {
                layout = HeaderMatcher.match(table);
            } catch (CatalogFileException noHeader) {
                if (tables.size() == 1) {
                    throw new CatalogFileException(run.file + ": " + noHeader.getMessage(), noHeader);
                }
                continue; // a workbook's other sheets may be notes or a cover page
            }
            catalogs++;
            run.read(table, layout);
        }
        if (catalogs == 0) {
            throw new CatalogFileException(run.file + ": no sheet has a catalog header (公开事项, 公开时限, 公开主体 …)");
        }
        return new ImportReport(run.file, run.events, run.failures, run.headings, run.filledCells);
    }

    /** One file's import: its ids count occurrences across all its sheets. */
    private final class Run {
        final String file;
        final ImportSettings settings;
        final OffsetDateTime changedAt;
        final OffsetDateTime now;
        final ItemIds ids = new ItemIds();
        final List<ImportedEvent> events = new ArrayList<>();
        final List<RowFailure> failures = new ArrayList<>();
        final List<SectionHeading> headings = new ArrayList<>();
        final Map<Column, Integer> filledCells = new EnumMap<>(Column.class);

        Run(String file, ImportSettings settings, OffsetDateTime changedAt, OffsetDateTime now) {
            this.file = file;
            this.settings = settings;
            this.changedAt = changedAt;
            this.now = now;
        }

        void read(Table table, ColumnLayout layout) {
            RowReader rows = new RowReader(layout);
            for (TableRow row : table.rows().subList(layout.firstDataRow(), table.rows().size())) {
                RowReader.Kind kind = rows.classify(row);
                if (kind == RowReader.Kind.SERIAL_ONLY) {
                    failures.add(new RowFailure(file, table.sheet(), row.number(), rows.serialOnly(row)));
                }
                if (kind != RowReader.Kind.ITEM) {
                    continue;
                }
                try {
                    // the id before the rest of the row: a row that fails still counts as an occurrence of its path
                    List<String> path = rows.path(row);
                    String itemId = ids.next(settings.region(), path);
                    CatalogRow item = rows.read(row, path);
                    String body = item.responsibleBody().isEmpty() ? settings.defaultResponsibleBody() : item.responsibleBody();
                    events.add(itemEvents.created(item, itemId, settings.region(), body, settings.source(), changedAt, now));
                } catch (RowException e) {
                    failures.add(new RowFailure(file, table.sheet(), row.number(), e.getMessage()));
                }
            }
            rows.headings().forEach(h -> headings.add(new SectionHeading(file, table.sheet(), h.row(), h.text())));
            rows.filledCells().forEach((column, count) -> filledCells.merge(column, count, Integer::sum));
        }
    }
}
