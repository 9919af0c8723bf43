package cn.shixian.importer.seed;

import cn.shixian.importer.row.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seed 002, 哈密市社会保险领域政务公开标准目录（2024年） of 哈密市 (Hami): a PDF converted page by page
 * into tab-separated lines, the title and the two-row header (主项 | 子项 | 二级子项) repeated on every
 * page. Data lines start with 序号; 公开时限 is the cell that says 之日起, and 公开内容, 公开依据 come
 * before it, 公开主体, 公开渠道和载体, 全社会, 特定群体, 主动, 依申请, 公开层级 after it, which finds
 * them in the lines where empty cells slipped in.
 *
 * <p>The 主项 are merged cells that the conversion printed once, at their vertical middle, some
 * split over two pages ("社会保险 参保信息" + "参保信息 维护") and one lost (社会保险卡服务's): each
 * 主项 therefore comes from {@link #MAIN_ITEMS}, by 序号 range, named as printed. The 子项 and 二级子项
 * are the two cells before 公开内容, a blank 子项 filled from the row above, except in the rows of
 * {@link #SUB_ITEMS}, whose cells slipped or were split ("暂停养老保" | "险待遇申请"): there they are
 * read as the table says. Names, 公开时限, 公开主体 and 公开层级 lose their spaces: they are all
 * Chinese, and the spaces are the PDF's line wraps ("缴费人员增 减申报").
 */
final class HamiSeed {

    /** First 序号 of each 主项. */
    private static final TreeMap<Integer, String> MAIN_ITEMS = new TreeMap<>(Map.of(
            1, "机构概况", 3, "政策信息和政务公开", 6, "社会保险登记", 13, "社会保险参保信息维护",
            19, "社会保险缴费申报", 22, "社会保险参保缴费记录查询", 24, "养老保险服务", 47, "工伤保险服务",
            64, "失业保险服务", 69, "社会保障卡服务"));

    /** 子项 and 二级子项 of the rows the conversion damaged. */
    private static final Map<Integer, List<String>> SUB_ITEMS = Map.ofEntries(
            Map.entry(6, List.of("企业社会保险登记", "")),
            Map.entry(14, List.of("个人基本信息变更", "职工个人基本信息变更")),
            Map.entry(15, List.of("个人基本信息变更", "城乡居民个人基本信息变更")),
            Map.entry(21, List.of("社会保险费断缴补缴申报", "城乡居民养老保险费补缴申报")),
            Map.entry(27, List.of("退休待遇申领", "企业职工养老保险待遇申领")),
            Map.entry(28, List.of("退休待遇申领", "机关事业单位职工养老保险待遇申领")),
            Map.entry(29, List.of("退休待遇申领", "城乡居民养老保险待遇申领")),
            Map.entry(30, List.of("暂停养老保险待遇申请", "暂停职工养老保险待遇申请")),
            Map.entry(31, List.of("暂停养老保险待遇申请", "暂停城乡居民养老保险待遇申请")),
            Map.entry(32, List.of("恢复养老保险待遇申请", "恢复职工养老保险待遇申请")),
            Map.entry(33, List.of("恢复养老保险待遇申请", "恢复城乡居民养老保险待遇申请")),
            Map.entry(37, List.of("丧葬补助金、抚恤金申领", "企业职工丧葬补助金、抚恤金申领")),
            Map.entry(38, List.of("丧葬补助金、抚恤金申领", "城乡居民丧葬补助金申领")),
            Map.entry(39, List.of("居民养老保险注销登记", "")));

    private HamiSeed() {
    }

    static List<SeedItem> convert(String seed) {
        List<SeedItem> items = new ArrayList<>();
        String subItem = "";
        for (String line : seed.split("\n")) {
            String[] cells = line.split("\t", -1);
            if (!SeedText.isNumber(cells[0].strip())) {
                continue;
            }
            int serial = Integer.parseInt(cells[0].strip());
            int limit = timeLimitCell(cells);
            List<String> sub = SUB_ITEMS.get(serial);
            String ownSub = SeedText.name(SeedText.joined(cells[limit - 4]));
            String subSub = SeedText.name(SeedText.joined(cells[limit - 3]));
            subItem = sub != null ? sub.get(0) : ownSub.isEmpty() ? subItem : ownSub;
            items.add(new SeedItem(serial, MAIN_ITEMS.floorEntry(serial).getValue(), subItem,
                    sub != null ? sub.get(1) : subSub, SeedText.collapse(cells[limit - 2]),
                    SeedText.collapse(cells[limit - 1]), SeedText.joined(cells[limit]), SeedText.joined(cells[limit + 1]),
                    Channels.read(cells[limit + 2]), marks(cells, limit + 3), SeedText.joined(cell(cells, limit + 7))));
        }
        return items;
    }

    private static int timeLimitCell(String[] cells) {
        for (int i = 4; i < cells.length; i++) {
            if (SeedText.joined(cells[i]).contains("之日起")) {
                return i;
            }
        }
        throw new IllegalStateException("seed 002 row " + cells[0] + ": no 公开时限 cell");
    }

    private static SeedItem.Marks marks(String[] cells, int from) {
        return new SeedItem.Marks(checked(cells, from), checked(cells, from + 1), checked(cells, from + 2),
                checked(cells, from + 3));
    }

    private static boolean checked(String[] cells, int i) {
        return cell(cells, i).strip().equals("√");
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i] : "";
    }
}
