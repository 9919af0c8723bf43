package cn.shixian.importer.header;

import cn.shixian.importer.table.TableRow;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether the row under a header row is its second row, and if so lays out both. It is
 * when every filled cell of it is a sub-column under its group (全社会 under 公开对象), repeats the
 * cell above (a vertically merged header read from a workbook) or names a column itself (序号 in the
 * second row), and at least one is a sub-column. A data row fails this: its 公开时限 or 公开主体 is
 * text under a header that is not a group, so a catalog that writes 全社会 and 主动 as text in one
 * 公开对象 and one 公开方式 column is not mistaken for a two-row header.
 */
final class SubHeader {

    private SubHeader() {
    }

    static boolean of(TableRow top, TableRow below, Map<Column, Integer> positions) {
        boolean anySub = false;
        Column group = null;
        int width = Math.max(top.cells().size(), below.cells().size());
        for (int c = 0; c < width; c++) {
            Optional<Column> above = Column.named(top.cell(c));
            // a group header covers the blank cells to its right (a merged cell saved as CSV)
            group = above.isPresent() ? above.get() : top.cell(c).isBlank() ? group : null;
            Optional<Column> sub = Column.named(below.cell(c));
            if (below.cell(c).isBlank()) {
                if (above.isPresent()) {
                    positions.putIfAbsent(above.get(), c);
                }
                continue;
            }
            if (sub.isPresent() && group != null && group.isGroup() && sub.get().group() == group) {
                positions.putIfAbsent(sub.get(), c);
                anySub = true;
            } else if (sub.isPresent() && sub.equals(above)) {
                positions.putIfAbsent(sub.get(), c);
            } else if (sub.isPresent() && sub.get().group() == null && !sub.get().isGroup()) {
                positions.putIfAbsent(sub.get(), c);
            } else if (!isLevelSubColumn(group, below.cell(c))) {
                return false;
            }
        }
        if (anySub) {
            above(top, positions);
        }
        return anySub;
    }

    /** 县级, 乡级, 市级 … under 公开层级: known to be there, not read. */
    private static boolean isLevelSubColumn(Column group, String cell) {
        return group == Column.LEVEL && !cell.isBlank();
    }

    /** Group headers with no sub-columns under them still name their column (公开对象 as text). */
    private static void above(TableRow top, Map<Column, Integer> positions) {
        for (int c = 0; c < top.cells().size(); c++) {
            Optional<Column> column = Column.named(top.cell(c));
            if (column.isPresent() && !hasSubColumn(column.get(), positions)) {
                positions.putIfAbsent(column.get(), c);
            }
        }
    }

    private static boolean hasSubColumn(Column group, Map<Column, Integer> positions) {
        return positions.keySet().stream().anyMatch(column -> Objects.equals(column.group(), group));
    }
}
