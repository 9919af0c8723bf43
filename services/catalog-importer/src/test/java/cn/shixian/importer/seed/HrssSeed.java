package cn.shixian.importer.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed 003, the service guides (办事指南) of 新疆维吾尔自治区人力资源和社会保障厅 (the Xinjiang HRSS
 * department): a table of contents, then one guide per item, each a list of tab-indented label and
 * value cells (事项名称, 事项简述, 办理材料, 办理方式, 办理时限, …). One item per guide. The contents
 * give each its section: 行政审批事项, or under 公共服务事项 one of (一)社会保险 … (五)其他, which
 * becomes the 一级事项; a name "主项--子项" (with any dashes) is split into 二级 and 三级事项.
 *
 * <p>The guides state no 公开时限, so the cell is left blank: a guide is published within the default
 * of 条例 art. 26, 20 working days, like every catalog item. Its 办理时限 (processing time limit) goes
 * into the 办理时限 column: how long the department has to serve an applicant, not a publication
 * deadline (docs/design.md rule 7), and taken for one it would make 50 guides due on the day they
 * change. 公开内容 lists the guide's labels; 公开主体 is the department, actively published to
 * everyone at 自治区级; the guides name no 公开依据 and no channel.
 */
final class HrssSeed {

    static final String BODY = "新疆维吾尔自治区人力资源和社会保障厅";
    private static final Pattern GUIDE_START = Pattern.compile("\n(?=自治区人力资源和社会保障厅(?:行政审批|公共服务)\\s*\n)");
    /** The labels every guide has, in this order. */
    private static final List<String> LABELS = List.of("事项名称", "事项简述", "办理材料", "办理方式", "办理时限",
            "结果送达", "收费依据及标准", "办事时间", "办理机构及地点", "咨询查询途径", "监督投诉渠道");
    private static final Pattern LABEL = Pattern.compile("(?m)^\\t[ \\t]*(" + String.join("|", LABELS) + ")[ \\t]*\\n\\t");
    private static final Pattern SECTION = Pattern.compile("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])\\s*(\\S+)$");
    private static final Pattern DASHES = Pattern.compile("\\s*[-─—]{1,4}\\s*");

    private HrssSeed() {
    }

    static List<SeedItem> convert(String seed) {
        String[] parts = GUIDE_START.split(seed);
        List<String[]> contents = contents(parts[0]);
        if (contents.size() != parts.length - 1) {
            throw new IllegalStateException("seed 003: " + contents.size() + " entries in the contents but "
                    + (parts.length - 1) + " guides");
        }
        List<SeedItem> items = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            Map<String, String> guide = fields(parts[i]);
            String[] entry = contents.get(i - 1);
            String name = SeedText.collapse(guide.get("事项名称"));
            if (!key(name).equals(key(entry[1]))) {
                throw new IllegalStateException("seed 003: guide " + i + " '" + name + "' is not '" + entry[1] + "' of the contents");
            }
            String[] levels = DASHES.split(name, 2);
            items.add(new SeedItem(i, entry[0], levels[0], levels.length > 1 ? levels[1] : "",
                    String.join("、", guide.keySet()), "", "", BODY, List.of(), SeedItem.Marks.PUBLIC_ACTIVE, "自治区级",
                    SeedText.collapse(guide.get("办理时限"))));
        }
        return items;
    }

    /** [section, name] per entry of the table of contents. */
    private static List<String[]> contents(String toc) {
        List<String[]> entries = new ArrayList<>();
        String section = "";
        for (String line : toc.split("\n")) {
            String text = line.strip();
            Matcher heading = SECTION.matcher(text);
            if (heading.matches()) {
                section = heading.group(1);
            } else if (!text.isEmpty() && !text.equals("公共服务事项")) {
                entries.add(new String[] {section, text});
            }
        }
        return entries;
    }

    /** Label → value, in the guide's order. */
    private static Map<String, String> fields(String guide) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher label = LABEL.matcher(guide);
        List<int[]> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (label.find()) {
            found.add(new int[] {label.start(), label.end()});
            names.add(label.group(1));
        }
        for (int i = 0; i < found.size(); i++) {
            int end = i + 1 < found.size() ? found.get(i + 1)[0] : guide.length();
            fields.put(names.get(i), guide.substring(found.get(i)[1], end).strip());
        }
        if (!names.equals(LABELS)) {
            throw new IllegalStateException("seed 003: a guide with the labels " + names);
        }
        return fields;
    }

    /** A name without dashes, spaces or trailing punctuation: how contents and guide are compared. */
    private static String key(String name) {
        return DASHES.matcher(name).replaceAll("").replaceAll("[\\s、，。]+$", "").replaceAll("\\s", "");
    }
}
