package cn.shixian.importer.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * What a workbook with merged cells (合并单元格) saves as CSV: a merged cell's text in its first
 * row, the rows below it blank. Merges as catalogs make them, over the records {@link SampleCsv}
 * writes, in order:
 * <ul>
 *   <li>the 事项 levels: a name equal to the one above is merged with it, from the most general
 *       level on, as long as the row's path still differs from the one above at its last name
 *       (else the row would read as the item above again);</li>
 *   <li>公开依据, 公开时限, 公开主体: a cell equal to the one above, in the same 一级事项;</li>
 *   <li>the 主动 | 依申请 marks: in a row listing the item above again (its whole path merged).</li>
 * </ul>
 * One instance per table: it remembers the record above.
 */
final class ExportedMerges {

    private static final int LEVEL_1 = 1;
    private static final int LEVELS = 3;
    private static final List<Integer> GROUP_MERGED = List.of(5, 6, 7);
    private static final List<Integer> MARKS = List.of(11, 12);

    private List<String> above = List.of();

    List<String> blank(List<String> record) {
        List<String> written = new ArrayList<>(record);
        if (!above.isEmpty()) {
            boolean sameItem = record.subList(LEVEL_1, LEVEL_1 + LEVELS).equals(above.subList(LEVEL_1, LEVEL_1 + LEVELS));
            int merged = 0;
            while (merged < LEVELS && !record.get(LEVEL_1 + merged).isEmpty()
                    && record.get(LEVEL_1 + merged).equals(above.get(LEVEL_1 + merged))) {
                merged++;
            }
            int lastNamed = LEVELS - 1;
            while (lastNamed > 0 && record.get(LEVEL_1 + lastNamed).isEmpty()) {
                lastNamed--;
            }
            if (!sameItem) {
                merged = Math.min(merged, lastNamed);
            }
            for (int i = 0; i < merged; i++) {
                written.set(LEVEL_1 + i, "");
            }
            boolean sameGroup = record.get(LEVEL_1).equals(above.get(LEVEL_1));
            for (int column : GROUP_MERGED) {
                if (sameGroup && record.get(column).equals(above.get(column))) {
                    written.set(column, "");
                }
            }
            if (sameItem && MARKS.stream().allMatch(c -> record.get(c).equals(above.get(c)))) {
                MARKS.forEach(c -> written.set(c, ""));
            }
        }
        above = record;
        return written;
    }
}
