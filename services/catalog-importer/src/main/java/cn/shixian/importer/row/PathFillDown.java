package cn.shixian.importer.row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fills the 事项 levels (一级/二级/三级事项) of a row left blank by a merged cell from the row
 * above, level by level from the most general: blank levels before the row's first named level
 * are the group it belongs to and come from above; blank levels after it stay blank, since a new
 * 二级事项 starts a new branch that need not have a 三级事项. A row naming no level at all lies
 * wholly under the merged cells of the item above: it is that item again (a catalog lists one
 * 事项 on two rows with different 公开内容), and takes its whole path.
 */
final class PathFillDown {

    private String[] previous = new String[0];

    /**
     * @param levels the row's level cells, most general first, already {@link ItemNames#clean cleaned}
     * @return the filled path; {@link FilledPath#names() empty} only if nothing above names a level either
     */
    FilledPath fill(List<String> levels) {
        int first = 0;
        while (first < levels.size() && levels.get(first).isEmpty()) {
            first++;
        }
        String[] filled = new String[levels.size()];
        List<Integer> fromAbove = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            boolean merged = i < first && i < previous.length && !previous[i].isEmpty();
            filled[i] = merged ? previous[i] : i < first ? "" : levels.get(i);
            if (merged) {
                fromAbove.add(i);
            }
        }
        boolean sameGroup = previous.length > 0 && !previous[0].isEmpty() && filled.length > 0 && previous[0].equals(filled[0]);
        List<String> path = compact(Arrays.asList(filled));
        if (!path.isEmpty()) {
            previous = filled;
        }
        return new FilledPath(path, fromAbove, sameGroup, first == levels.size());
    }

    /**
     * A section heading (一、社会保险) above rows that leave their 一级事项 blank: it is their 一级事项,
     * and nothing above it reaches below it.
     */
    void heading(String name, int levels) {
        previous = new String[Math.max(levels, 1)];
        Arrays.fill(previous, "");
        previous[0] = name;
    }

    private static List<String> compact(List<String> levels) {
        List<String> path = new ArrayList<>();
        for (String level : levels) {
            if (!level.isEmpty() && (path.isEmpty() || !path.getLast().equals(level))) {
                path.add(level);
            }
        }
        return List.copyOf(path);
    }

    /**
     * @param names      the 事项 path without blank levels and without a level repeating the one before it
     *                   (a name merged across the 二级 and 三级 columns)
     * @param fromAbove  the indices of the levels filled from the row above, for the report
     * @param sameGroup  whether the row lies under the same 一级事项 as the row above: merged cells of other
     *                   columns may reach it; a row naming a new 一级事项 starts a new group
     * @param sameItem   the row names no level of its own: it continues the item above
     */
    record FilledPath(List<String> names, List<Integer> fromAbove, boolean sameGroup, boolean sameItem) {

        FilledPath {
            names = List.copyOf(names);
            fromAbove = List.copyOf(fromAbove);
        }
    }
}
