package cn.shixian.importer.header;

import cn.shixian.importer.table.CatalogFileException;
import cn.shixian.importer.table.Table;
import cn.shixian.importer.table.TableRow;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header of a catalog table: the first of its first {@value #SEARCHED_ROWS} rows that
 * names at least {@value #MIN_COLUMNS} known columns (rows above it are titles such as
 * "社会保险领域基层政务公开标准目录"), and the row below it too when that is the second header row of
 * a two-row header: 一级事项 | 二级事项 under 公开事项, 全社会 | 特定群体 under 公开对象, 主动 | 依申请
 * under 公开方式.
 */
public final class HeaderMatcher {

    static final int SEARCHED_ROWS = 10;
    static final int MIN_COLUMNS = 3;

    private HeaderMatcher() {
    }

    public static ColumnLayout match(Table table) {
        int limit = Math.min(SEARCHED_ROWS, table.rows().size());
        for (int i = 0; i < limit; i++) {
            TableRow top = table.rows().get(i);
            if (!isHeader(top)) {
                continue;
            }
            Map<Column, Integer> positions = new EnumMap<>(Column.class);
            boolean twoRows = i + 1 < table.rows().size() && SubHeader.of(top, table.rows().get(i + 1), positions);
            if (!twoRows) {
                positions.clear();
                single(top, positions);
            }
            ColumnLayout layout = new ColumnLayout(positions, i + (twoRows ? 2 : 1));
            if (layout.levelPositions().isEmpty()) {
                throw new CatalogFileException("the header (row " + top.number()
                        + ") names no 事项 column (公开事项, 一级事项/二级事项/三级事项 or 主项/子项/二级子项)");
            }
            return layout;
        }
        throw new CatalogFileException("no header row in the first " + SEARCHED_ROWS
                + " rows: expected a row naming columns such as 公开事项, 公开内容（要素）, 公开时限, 公开主体");
    }

    /**
     * A header row, or a header repeated on a new page: it names at least {@value #MIN_COLUMNS}
     * different columns, and three in four of its filled cells name one (a data row can hold
     * 全社会, 主动 and even 事项名称 as text, never mostly column names).
     */
    public static boolean isHeader(TableRow row) {
        Set<Column> named = new HashSet<>();
        int filled = 0;
        int naming = 0;
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            filled++;
            Optional<Column> column = Column.named(cell);
            if (column.isPresent()) {
                named.add(column.get());
                naming++;
            }
        }
        return named.size() >= MIN_COLUMNS && naming * 4 >= filled * 3;
    }

    private static void single(TableRow top, Map<Column, Integer> positions) {
        for (int c = 0; c < top.cells().size(); c++) {
            Optional<Column> column = Column.named(top.cell(c));
            if (column.isPresent()) {
                positions.putIfAbsent(column.get(), c);
            }
        }
    }
}
