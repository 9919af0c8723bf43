package cn.shixian.importer.row;

import cn.shixian.importer.header.Column;
import cn.shixian.importer.header.ColumnLayout;
import cn.shixian.importer.header.HeaderMatcher;
import cn.shixian.importer.table.TableRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the data rows of one table, in order, into {@link CatalogRow}s. Keeps what merged cells
 * need: the 事项 path and the 公开主体 of the row above (filled into blank cells; see
 * {@link PathFillDown}). One reader per table; not thread-safe.
 */
public final class RowReader {

    private final ColumnLayout layout;
    private final PathFillDown paths = new PathFillDown();
    private String body = "";

    public RowReader(ColumnLayout layout) {
        this.layout = layout;
    }

    /** Rows that hold no item: blank rows, headers repeated on a new page, headings across the table. */
    public boolean isSkipped(TableRow row) {
        return row.isBlank() || HeaderMatcher.isHeader(row) || isHeading(row);
    }

    /** The 事项 path of a data row, filled from the rows above. */
    public List<String> path(TableRow row) {
        List<String> levels = layout.levelPositions().stream().map(i -> ItemNames.clean(row.cell(i))).toList();
        List<String> path = paths.fill(levels);
        if (path.isEmpty()) {
            throw new RowException("no 事项 name: the 事项 columns are blank and there is no row above to fill them from");
        }
        return path;
    }

    /** The rest of a data row, once its {@link #path} is known. */
    public CatalogRow read(TableRow row, List<String> path) {
        String ownBody = CellText.tidy(cell(row, Column.BODY));
        if (!ownBody.isEmpty()) {
            body = ownBody;
        }
        return new CatalogRow(row.number(), path, CellText.tidy(cell(row, Column.TIME_LIMIT)), body,
                Channels.read(cell(row, Column.CHANNELS)), DisclosureModes.read(layout, row));
    }

    /** One text in every filled cell, across several columns or outside the 事项 columns: a section title. */
    private boolean isHeading(TableRow row) {
        Set<String> texts = new HashSet<>();
        int filled = 0;
        boolean inLevels = false;
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                texts.add(row.cell(i).strip());
                filled++;
                inLevels |= layout.levelPositions().contains(i);
            }
        }
        return texts.size() == 1 && (filled > 1 || !inLevels);
    }

    private String cell(TableRow row, Column column) {
        return row.cell(layout.position(column).orElse(-1));
    }
}
