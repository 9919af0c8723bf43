package cn.shixian.importer.seed;

import cn.shixian.importer.row.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 001, a Xinjiang county's 社会保险领域基层政务公开标准目录: one line per row, cells split by
 * tabs, converted from a PDF whose merged cells left their rows with cells missing or shifted, so a
 * cell is recognised by what it holds rather than where it is: 公开内容 names 事项名称, 公开依据 starts
 * with 《, 公开时限 says 之日起, 公开主体 is a 人力资源… department, 公开渠道 has boxes, then the ✓
 * marks of 全社会, 特定群体, 主动, 依申请, 县级, 乡级. A row missing a cell is in a merged cell with the
 * row above and takes its value. The 事项 are the one or two cells after 序号: two are 一级 and 二级
 * 事项; one is the 二级事项, in the 一级事项 above. Rows whose marks the dump cuts off before 主动
 * take the marks of the row above (row 23). The PDF wrapped every cell into short lines and the
 * conversion kept the breaks as spaces ("城乡居 民养 老保 险待 遇申 领"): the cells are all Chinese,
 * so every space goes.
 */
final class CountySeed {

    /** The 一级 cell's wrapped text ran into the 二级 cell of row 17. */
    private static final Map<String, String> CORRECTED = Map.of("保险服务职工正常退休(职)申请", "职工正常退休(职)申请");
    private static final int MARKS = 6;

    private CountySeed() {
    }

    static List<SeedItem> convert(String seed) {
        List<SeedItem> items = new ArrayList<>();
        Row above = new Row();
        for (String line : seed.split("\n")) {
            String[] cells = line.split("\t", -1);
            if (cells.length < 3 || !SeedText.isNumber(cells[0].strip())) {
                continue;
            }
            Row row = Row.read(cells, above);
            items.add(new SeedItem(Integer.parseInt(cells[0].strip()), row.group, row.name, "", row.content,
                    row.basis, row.timeLimit, row.body, row.channels,
                    new SeedItem.Marks(row.marks[0], row.marks[1], row.marks[2], row.marks[3]), level(row.marks)));
            above = row;
        }
        return items;
    }

    private static String level(boolean[] marks) {
        return marks[4] && marks[5] ? "县级、乡级" : marks[4] ? "县级" : marks[5] ? "乡级" : "";
    }

    /** One row's cells by kind, each kind the dump lacks taken from the row above. */
    private static final class Row {
        String group = "";
        String name = "";
        String content = "";
        String basis = "";
        String timeLimit = "";
        String body = "";
        List<String> channels = List.of();
        boolean[] marks = new boolean[MARKS];

        static Row read(String[] cells, Row above) {
            Row row = new Row();
            int first = 1;
            List<String> names = new ArrayList<>();
            while (first < cells.length && first <= 2 && !isField(cells[first])) {
                names.add(SeedText.name(SeedText.joined(cells[first])));
                first++;
            }
            boolean both = names.size() == 2 && !names.get(0).isEmpty() && !names.get(1).isEmpty();
            row.group = both ? names.get(0) : above.group;
            String name = names.stream().filter(n -> !n.isEmpty()).reduce((a, b) -> b).orElseThrow();
            row.name = CORRECTED.getOrDefault(name, name);
            row.content = above.content;
            row.basis = above.basis;
            row.timeLimit = above.timeLimit;
            row.body = above.body;
            row.channels = above.channels;
            int lastField = first - 1;
            boolean basisSeen = false;
            for (int i = first; i < cells.length; i++) {
                String text = SeedText.joined(cells[i]);
                if (text.contains("事项名称")) {
                    row.content = text;
                } else if (text.startsWith("《") && !basisSeen) {
                    row.basis = text;
                    basisSeen = true;
                } else if (text.contains("之日起")) {
                    row.timeLimit = text;
                } else if (text.contains("人力资源")) {
                    row.body = text;
                } else if (text.contains("■") || text.contains("<input")) {
                    row.channels = Channels.read(cells[i]);
                } else if (!text.isEmpty() && !text.equals("✓") && !text.startsWith("《")) {
                    throw new IllegalStateException("seed 001 row " + cells[0] + ": unexpected cell '" + text + "'");
                }
                if (!text.isEmpty() && !text.equals("✓")) {
                    lastField = i;
                }
            }
            row.marks = marks(cells, lastField + 1, above);
            return row;
        }

        private static boolean isField(String cell) {
            String text = SeedText.joined(cell);
            return text.equals("✓") || text.startsWith("《") || text.contains("事项名称") || text.contains("之日起")
                    || text.contains("■") || text.contains("<input");
        }

        /** The marks from the first ✓ after the last other cell, in the order of the header. */
        private static boolean[] marks(String[] cells, int from, Row above) {
            int start = from;
            while (start < cells.length && !cells[start].strip().equals("✓")) {
                start++;
            }
            boolean[] marks = new boolean[MARKS];
            for (int i = 0; i < MARKS && start + i < cells.length; i++) {
                marks[i] = cells[start + i].strip().equals("✓");
            }
            return cells.length - start < 3 ? above.marks : marks;
        }
    }
}
