package cn.shixian.importer.row;

import cn.shixian.importer.header.Column;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cells a CSV leaves blank under a vertically merged cell (合并单元格) of 公开时限, 公开主体,
 * 公开依据 or the 公开方式 marks: each column's cell of the row above, and how many cells of each
 * column were filled from it, the 事项 levels included, so that the import report can say what was
 * taken on trust. Whether a merge may reach a row at all is the caller's rule (see {@link RowReader}).
 */
final class MergedCells {

    private final Map<Column, String> above = new EnumMap<>(Column.class);
    private final Map<Column, Integer> filled = new EnumMap<>(Column.class);

    /**
     * The cells of one row in {@code columns}, read as one: when every one is blank and a merge may
     * reach the row, they are the cells above; else they are the row's own, and what the rows below
     * continue. A mark pair (主动 | 依申请) is read so because one blank mark of a marked pair is an
     * unchecked box, never a merge.
     */
    List<String> fill(List<Column> columns, List<String> own, boolean mergeReaches) {
        boolean fromAbove = mergeReaches && own.stream().allMatch(String::isBlank);
        List<String> cells = fromAbove ? columns.stream().map(c -> above.getOrDefault(c, "")).toList() : own;
        for (int i = 0; i < columns.size(); i++) {
            above.put(columns.get(i), cells.get(i));
            if (fromAbove && !cells.get(i).isBlank()) {
                count(columns.get(i));
            }
        }
        return cells;
    }

    String fill(Column column, String own, boolean mergeReaches) {
        return fill(List.of(column), List.of(own), mergeReaches).getFirst();
    }

    void count(Column column) {
        filled.merge(column, 1, Integer::sum);
    }

    /** A row across the table (a section heading): no vertical merge reaches over it. */
    void clear() {
        above.clear();
    }

    /** Cells filled from the row above, by column, in the columns' order. */
    Map<Column, Integer> filled() {
        return Collections.unmodifiableMap(new EnumMap<>(filled));
    }
}
