package cn.shixian.importer.row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fills the 事项 levels (一级/二级/三级事项) of a row left blank by a merged cell from the row
 * above, level by level from the most general: blank levels before the row's first named level
 * are the group it belongs to and come from above; blank levels after it stay blank, since a new
 * 二级事项 starts a new branch that need not have a 三级事项.
 */
final class PathFillDown {

    private String[] previous = new String[0];

    /**
     * @param levels the row's level cells, most general first, already {@link ItemNames#clean cleaned}
     * @return the filled path without blank levels and without a level repeating the one before it
     *         (a name merged across the 二级 and 三级 columns); empty if the row names no level
     */
    List<String> fill(List<String> levels) {
        int first = 0;
        while (first < levels.size() && levels.get(first).isEmpty()) {
            first++;
        }
        if (first == levels.size()) {
            return List.of();
        }
        String[] filled = new String[levels.size()];
        for (int i = 0; i < levels.size(); i++) {
            filled[i] = i < first ? (i < previous.length ? previous[i] : "") : levels.get(i);
        }
        previous = filled;
        return compact(Arrays.asList(filled));
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
}
