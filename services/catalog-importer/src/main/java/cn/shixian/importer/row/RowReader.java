package cn.shixian.importer.row;

import cn.shixian.importer.header.Column;
import cn.shixian.importer.header.ColumnLayout;
import cn.shixian.importer.header.HeaderMatcher;
import cn.shixian.importer.table.TableRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the data rows of one table, in order, into {@link CatalogRow}s, filling what merged cells
 * (合并单元格) left blank from the rows above:
 * <ul>
 *   <li>the 事项 levels, see {@link PathFillDown}; a row naming none continues the item above;</li>
 *   <li>公开时限, 办理时限, 公开主体 and 公开依据, from the row above while the row lies under the same
 *       一级事项: the merges of a catalog follow its tree, so a row naming a new 一级事项 starts a new
 *       group, in which a blank cell is really blank;</li>
 *   <li>the 公开方式 marks (主动 | 依申请, or one 公开方式 column), only in a row continuing the item
 *       above: a row naming an item of its own and marking neither way is an item nobody marked, and
 *       fails rather than be guessed into opening (or not opening) an obligation.</li>
 * </ul>
 * A section heading (一、社会保险, one text across the table) is the 一级事项 of the rows under it
 * that leave theirs blank, and no merge reaches over it. Headings just above a repeated header are
 * the title of a new page, not sections. One reader per table; not thread-safe.
 */
public final class RowReader {

    /** What a row of the table is. */
    public enum Kind {
        /** Blank, or the header repeated on a new page: nothing to read or report. */
        SKIPPED,
        /** A section heading, or a page title; see {@link #headings()}. */
        HEADING,
        /** Only its 序号, or other cells without a word (numbers, marks): reported, see {@link #serialOnly}. */
        SERIAL_ONLY,
        /** An item row: read it with {@link #path} and {@link #read}. */
        ITEM
    }

    /** A section heading of the table, and the row it is in. */
    public record Heading(int row, String text) {
    }

    private final ColumnLayout layout;
    private final PathFillDown paths = new PathFillDown();
    private final MergedCells merged = new MergedCells();
    private final List<TableRow> pendingHeadings = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private PathFillDown.FilledPath current;

    public RowReader(ColumnLayout layout) {
        this.layout = layout;
    }

    /**
     * What the row is. A heading is held until the next row says what it was: before an item row a
     * section heading, before a repeated header the title of a new page (forgotten).
     */
    public Kind classify(TableRow row) {
        if (row.isBlank()) {
            return Kind.SKIPPED;
        }
        if (HeaderMatcher.isHeader(row)) {
            pendingHeadings.clear();
            return Kind.SKIPPED;
        }
        if (isHeading(row)) {
            pendingHeadings.add(row);
            return Kind.HEADING;
        }
        return namesNothing(row) ? Kind.SERIAL_ONLY : Kind.ITEM;
    }

    /** Why a {@link Kind#SERIAL_ONLY} row is reported. */
    public String serialOnly(TableRow row) {
        int serial = layout.position(Column.SERIAL).orElse(-1);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                numbers.add(row.cell(i).strip() + (i == serial ? " (" + Column.SERIAL.label() + ")" : ""));
            }
        }
        return "only " + String.join(", ", numbers) + " is filled: no 事项 name and no other cell to read an item from"
                + " (were its cells lost?); fill the row in or delete it";
    }

    /** The 事项 path of a data row, filled from the rows above. */
    public List<String> path(TableRow row) {
        startSectionOfPendingHeadings();
        List<Column> levels = layout.levels();
        current = paths.fill(layout.levelPositions().stream().map(i -> ItemNames.clean(row.cell(i))).toList());
        if (current.names().isEmpty()) {
            throw new RowException("no 事项 name: the 事项 columns (" + levels.stream().map(Column::label)
                    .collect(Collectors.joining(", ")) + ") are blank, and no row above names a 事项 this row could continue");
        }
        current.fromAbove().forEach(i -> merged.count(levels.get(i)));
        return current.names();
    }

    /** The rest of a data row, once its {@link #path} is known. */
    public CatalogRow read(TableRow row, List<String> path) {
        boolean sameGroup = current.sameGroup();
        TableRow filled = fill(row, List.of(Column.TIME_LIMIT), sameGroup);
        // services of one group often share a merged 办理时限 (即时办结 over a column of 子项), as they share 公开时限
        filled = fill(filled, List.of(Column.PROCESSING_LIMIT), sameGroup);
        filled = fill(filled, List.of(Column.BODY), sameGroup);
        filled = fill(filled, List.of(Column.BASIS), sameGroup);
        filled = fill(filled, modeColumns(), current.sameItem());
        return new CatalogRow(row.number(), path, CellText.tidy(cell(filled, Column.TIME_LIMIT)),
                CellText.tidy(cell(filled, Column.PROCESSING_LIMIT)), CellText.tidy(cell(filled, Column.BODY)), Channels.read(cell(filled, Column.CHANNELS)),
                DisclosureModes.read(layout, filled));
    }

    /** The section headings read so far, in table order (page titles not among them). */
    public List<Heading> headings() {
        return List.copyOf(headings);
    }

    /** How many cells of each column were filled from the rows above (or a heading), so far. */
    public Map<Column, Integer> filledCells() {
        return merged.filled();
    }

    private void startSectionOfPendingHeadings() {
        for (TableRow heading : pendingHeadings) {
            String text = headingText(heading);
            headings.add(new Heading(heading.number(), CellText.tidy(text)));
            paths.heading(ItemNames.clean(text), layout.levels().size());
            merged.clear();
        }
        pendingHeadings.clear();
    }

    private TableRow fill(TableRow row, List<Column> columns, boolean mergeReaches) {
        List<Column> present = columns.stream().filter(layout::has).toList();
        if (present.isEmpty()) {
            return row;
        }
        List<String> cells = merged.fill(present, present.stream().map(c -> cell(row, c)).toList(), mergeReaches);
        TableRow filled = row;
        for (int i = 0; i < present.size(); i++) {
            filled = filled.withCell(layout.position(present.get(i)).getAsInt(), cells.get(i));
        }
        return filled;
    }

    private List<Column> modeColumns() {
        return layout.has(Column.MODE_ACTIVE) || layout.has(Column.MODE_ON_REQUEST)
                ? List.of(Column.MODE_ACTIVE, Column.MODE_ON_REQUEST) : List.of(Column.MODE);
    }

    /**
     * One text in every filled cell, across several columns or outside the 事项 columns: a section
     * title. It names something: a lone number is a 序号 or a page number, not a heading.
     */
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
        return texts.size() == 1 && (filled > 1 || !inLevels) && hasWord(texts.iterator().next());
    }

    /** No cell holds a word: a 序号 left alone (its item's cells lost), a page number, stray marks. */
    private static boolean namesNothing(TableRow row) {
        return row.cells().stream().noneMatch(RowReader::hasWord);
    }

    private static boolean hasWord(String cell) {
        return cell.codePoints().anyMatch(Character::isLetter);
    }

    private static String headingText(TableRow row) {
        return row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElseThrow();
    }

    private String cell(TableRow row, Column column) {
        return row.cell(layout.position(column).orElse(-1));
    }
}
