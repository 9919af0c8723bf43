package cn.shixian.importer.header;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Where each known column is in a table (the first column of that name wins), found by
 * {@link HeaderMatcher}.
 *
 * @param positions   column → 0-based cell index
 * @param firstDataRow index into the table's rows of the first row after the header
 */
public record ColumnLayout(Map<Column, Integer> positions, int firstDataRow) {

    /** The name columns, most general first; a flat catalog's 公开事项 is its only level. */
    private static final List<Column> LEVELS = List.of(Column.LEVEL_1, Column.LEVEL_2, Column.LEVEL_3);

    public ColumnLayout {
        positions = Map.copyOf(positions);
    }

    public OptionalInt position(Column column) {
        Integer index = positions.get(column);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The 事项 level columns present, most general first. */
    public List<Column> levels() {
        List<Column> levels = LEVELS.stream().filter(this::has).toList();
        if (levels.isEmpty() && has(Column.ITEMS)) {
            return List.of(Column.ITEMS);
        }
        return levels;
    }

    /** Cell indices of the 事项 levels present, most general first. */
    public List<Integer> levelPositions() {
        return levels().stream().map(positions::get).toList();
    }
}
