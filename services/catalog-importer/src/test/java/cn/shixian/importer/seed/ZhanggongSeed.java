package cn.shixian.importer.seed;

import cn.shixian.importer.row.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Seed 004, 章贡区社会保险领域基层政务公开标准目录 of 章贡区 (Zhanggong, Ganzhou, Jiangxi): a PDF's
 * text in reading order, each cell a block of narrow wrapped lines, blocks apart by blank lines
 * or, within a line group, by a line that starts with a space. Cells are told apart by what they
 * hold ({@link ZhanggongCells}). Every item row has its own 公开内容, 公开时限, 公开主体, 公开渠道 and
 * "√ √ √ √": one item per 公开内容 cell (81, as many as 公开时限 cells and mark rows, 序号 1 … 81).
 *
 * <p>Merged cells (一级事项, 二级事项, 公开依据) are printed at their vertical middle, once per page, so
 * they turn up between rows. The item's name is the last name cell before its 公开内容. Its
 * 一级事项 is the last of {@link #LEVEL_1} named since the previous item, else the previous item's;
 * its 二级事项 the last other name printed after its own 序号 (or, with no 序号 printed, after the
 * 一级事项), else the previous item's in the same 一级事项. 公开依据 is the row's own, else the last
 * printed. Item 56 (退休人员养老保险待遇领取资格确认) follows the 多重养老保险关系个人账户退费 rows and
 * that label is printed just before its 序号, but it is no kind of refund: it has no 二级事项.
 * The four √ of each row are read as 全社会, 主动, 区级, 乡级 (the dump keeps the marks, not their
 * columns), the pattern of the Yining catalog of the same template.
 */
final class ZhanggongSeed {

    /** The 一级事项 of this catalog, as printed. */
    static final Set<String> LEVEL_1 = Set.of("社保信息服务", "社会保险参保登记", "社会保险参保信息维护", "社会保险缴费申报",
            "社会保险参保缴费记录查询", "养老保险服务", "工伤保险服务", "社会保障卡服务");
    private static final Set<Integer> WITHOUT_LEVEL_2 = Set.of(56);
    private static final Pattern ENTRY = Pattern.compile("\\n(?=\\d+\\.)");

    private ZhanggongSeed() {
    }

    static List<SeedItem> convert(String seed) {
        List<ZhanggongCells.Cell> cells = ZhanggongCells.read(seed);
        List<SeedItem> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int namesAfterSerial = -1;
        String level1 = "";
        String level2 = "";
        String basis = "";
        for (int i = 0; i < cells.size(); i++) {
            ZhanggongCells.Cell cell = cells.get(i);
            switch (cell.kind()) {
                case SERIAL -> namesAfterSerial = names.size();
                case NAME -> names.add(SeedText.joined(cell.text()));
                case BASIS -> basis = SeedText.joined(cell.text());
                case CONTENT -> {
                    int serial = items.size() + 1;
                    String title = names.getLast();
                    String newLevel1 = names.stream().filter(LEVEL_1::contains).reduce((a, b) -> b).orElse(level1);
                    int own = namesAfterSerial >= 0 ? namesAfterSerial : lastLevel1(names) + 1;
                    String newLevel2 = names.subList(own, names.size() - 1).stream()
                            .filter(n -> !LEVEL_1.contains(n)).reduce((a, b) -> b)
                            .orElse(newLevel1.equals(level1) ? level2 : "");
                    level1 = newLevel1;
                    level2 = WITHOUT_LEVEL_2.contains(serial) ? "" : newLevel2;
                    Row row = Row.after(cells, i, basis);
                    basis = row.basis;
                    items.add(new SeedItem(serial, level1, level2.isEmpty() ? title : level2,
                            level2.isEmpty() ? "" : title, content(cell.text()), row.basis, row.timeLimit, row.body,
                            row.channels, SeedItem.Marks.PUBLIC_ACTIVE, "区级、乡级"));
                    names.clear();
                    namesAfterSerial = -1;
                }
                default -> { }
            }
        }
        return items;
    }

    private static int lastLevel1(List<String> names) {
        for (int i = names.size() - 1; i >= 0; i--) {
            if (LEVEL_1.contains(names.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "1.事项名称 2.事项简述 …": entries apart, each entry's wrapped lines joined. */
    private static String content(String text) {
        return String.join(" ", ENTRY.splitAsStream(text).map(SeedText::joined).toList());
    }

    /** The cells of an item row after its 公开内容, up to its marks. */
    private record Row(String basis, String timeLimit, String body, List<String> channels) {

        static Row after(List<ZhanggongCells.Cell> cells, int content, String lastBasis) {
            String basis = lastBasis;
            String timeLimit = null;
            String body = null;
            List<String> channels = null;
            for (int i = content + 1; i < cells.size() && cells.get(i).kind() != ZhanggongCells.Kind.MARKS; i++) {
                String text = cells.get(i).text();
                switch (cells.get(i).kind()) {
                    case BASIS -> basis = timeLimit == null ? SeedText.joined(text) : basis;
                    case TIME_LIMIT -> timeLimit = SeedText.joined(text);
                    case BODY -> body = SeedText.joined(text);
                    case CHANNELS -> channels = Channels.read(text.replace("\n", ""));
                    default -> { }
                }
            }
            if (timeLimit == null || body == null || channels == null) {
                throw new IllegalStateException("seed 004: an item row without 公开时限, 公开主体 or 公开渠道");
            }
            return new Row(basis, timeLimit, body, channels);
        }
    }
}
