package cn.shixian.importer.seed;

import cn.shixian.importer.row.Channels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed 000, the 社会保险领域基层政务公开标准目录 of 伊宁市 (Yining): a Word table dumped cell by cell,
 * each cell after a tab, with 14 cells a row (序号, 一级事项, 二级事项, 公开内容, 公开依据, 公开时限,
 * 公开主体, 公开渠道和载体, 全社会, 特定群体, 主动, 依申请, 县级, 乡级). After row 8 the dump drops
 * the 序号 cell and, where the 一级事项 is merged, that cell too, so rows are found by their 二级事项,
 * which carries an outline number ("2.5失业保险待遇发放账户维护申请"): one item per such cell. Its
 * 一级事项 is the one whose outline number is the first part of the item's ("2.社会保险参保信息维护"):
 * the merged cell is printed in some of its rows only, not always the first (6.1 has none, 6.2
 * has "6.工伤保险服务"). 序号 continues the count where the dump drops it. The
 * dump ends inside the last row, before its check marks: that row takes the marks of the row above.
 */
final class YiningSeed {

    private static final Pattern ITEM = Pattern.compile("^\\d+\\.\\d+\\s*\\S.*", Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("^(\\d+)\\.\\D.*", Pattern.DOTALL);
    private static final int MARKS = 6;

    private YiningSeed() {
    }

    static List<SeedItem> convert(String seed) {
        String[] cells = seed.split("\t", -1);
        Map<String, String> groups = groups(cells);
        List<SeedItem> items = new ArrayList<>();
        boolean[] marks = null;
        for (int k = 0; k < cells.length; k++) {
            if (!ITEM.matcher(cells[k].strip()).matches()) {
                continue;
            }
            String group = groups.get(cells[k].strip().substring(0, cells[k].strip().indexOf('.')));
            marks = k + 6 + MARKS <= cells.length ? marks(cells, k + 6) : marks;
            items.add(new SeedItem(items.size() + 1, group, SeedText.name(cells[k]), "",
                    SeedText.collapse(cells[k + 1]), SeedText.collapse(cells[k + 2]), SeedText.glue(cells[k + 3]),
                    SeedText.glue(cells[k + 4]), Channels.read(cells[k + 5]),
                    new SeedItem.Marks(marks[0], marks[1], marks[2], marks[3]), level(marks)));
        }
        return items;
    }

    /** Outline number → 一级事项, from every cell that names one. */
    private static Map<String, String> groups(String[] cells) {
        Map<String, String> groups = new HashMap<>();
        for (String cell : cells) {
            Matcher group = GROUP.matcher(cell.strip());
            if (group.matches() && cell.strip().length() < 30 && !cell.contains("事项名称")) {
                groups.putIfAbsent(group.group(1), SeedText.name(cell));
            }
        }
        return groups;
    }

    private static boolean[] marks(String[] cells, int from) {
        boolean[] marks = new boolean[MARKS];
        for (int i = 0; i < MARKS; i++) {
            String cell = cells[from + i].strip();
            if (!cell.isEmpty() && !cell.equals("√")) {
                throw new IllegalStateException("seed 000: expected a check mark cell, found '" + cell + "'");
            }
            marks[i] = cell.equals("√");
        }
        return marks;
    }

    private static String level(boolean[] marks) {
        List<String> levels = new ArrayList<>();
        if (marks[4]) {
            levels.add("县级");
        }
        if (marks[5]) {
            levels.add("乡级");
        }
        return String.join("、", levels);
    }
}
