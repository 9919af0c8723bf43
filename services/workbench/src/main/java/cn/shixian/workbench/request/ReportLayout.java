package cn.shixian.workbench.request;

import cn.shixian.workbench.services.RequestTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request table (年度报告 三、收到和处理政府信息公开申请情况) laid out as the 2021 format prints it,
 * from exactly the columns and rows the deadline-service returns, in its order:
 * <ul>
 *   <li>the heading 申请人情况 over the columns; a column "法人或其他组织/商业企业" goes under a
 *       法人或其他组织 heading spanning its kinds, a column without "/" spans both heading rows;</li>
 *   <li>rows 一 and 二 as one heading across the three label columns; the outcome rows and 三（七）
 *       under 三、本年度办理结果, a group with numbered sub-rows ("三（三）1", label "不予公开/属于国家秘密")
 *       spanning them; 四 across again.</li>
 * </ul>
 * The cells a broken rule names ("三（七） 总计 × 自然人") are marked. Plain Java.
 */
public record ReportLayout(List<Heading> groups, List<Heading> columns, List<Line> lines, Totals totals) {

    static final String RESULTS = "本年度办理结果";

    /** A heading cell: its text and spans; {@code key} the column key for a bottom-level one. */
    public record Heading(String text, int colspan, int rowspan, String key) {
    }

    /**
     * A body row. {@code section} (三、本年度办理结果) is set on the first row of the section with its rowspan,
     * {@code group} on the first row of a group; {@code item} the sub-row's own label ("1.属于国家秘密"), null
     * for a row that is its group. {@code title} names the row whole, for the phone's cards.
     */
    public record Line(String number, String title, Span section, Span group, String item, int labelColspan,
                List<Cell> cells) {
    }

    /** A label cell spanning rows and columns. */
    public record Span(String text, int rowspan, int colspan) {
    }

    /** A count: its column's key and own heading ("商业企业" of "法人或其他组织/商业企业"), and whether a broken rule names it. */
    public record Cell(String key, String heading, int count, boolean broken) {
    }

    /**
     * The consistency rule's sides in the 总计 column: 一 + 二 and 三（七） + 四; null when the API gave no
     * such rows or column.
     */
    public record Totals(int received, int carriedOver, int finished, int carriedForward) {
        public int in() {
            return received + carriedOver;
        }

        public int out() {
            return finished + carriedForward;
        }
    }

    static ReportLayout of(RequestTable table) {
        Set<String> broken = new HashSet<>();
        table.inconsistencies().forEach(rule -> broken.addAll(rule.cells()));
        return new ReportLayout(groups(table.columns()), bottom(table.columns()), lines(table, broken),
                totals(table));
    }

    /** How many count columns the table has. */
    public int width() {
        return groups.stream().mapToInt(Heading::colspan).sum();
    }

    /** How many heading rows the columns need: 2 when a column has a group, else 1. */
    public int headingRows() {
        return groups.stream().anyMatch(h -> h.rowspan() == 1) ? 2 : 1;
    }

    private static List<Heading> groups(List<RequestTable.Column> columns) {
        List<Heading> headings = new ArrayList<>();
        for (RequestTable.Column column : columns) {
            int slash = column.label().indexOf('/');
            if (slash < 0) {
                headings.add(new Heading(column.label(), 1, 2, column.key()));
            } else {
                String group = column.label().substring(0, slash);
                Heading last = headings.isEmpty() ? null : headings.getLast();
                if (last != null && last.key() == null && last.text().equals(group)) {
                    headings.set(headings.size() - 1, new Heading(group, last.colspan() + 1, 1, null));
                } else {
                    headings.add(new Heading(group, 1, 1, null));
                }
            }
        }
        return headings;
    }

    private static List<Heading> bottom(List<RequestTable.Column> columns) {
        return columns.stream().filter(c -> c.label().indexOf('/') >= 0)
                .map(c -> new Heading(c.label().substring(c.label().indexOf('/') + 1), 1, 1, c.key())).toList();
    }

    private static List<Line> lines(RequestTable table, Set<String> broken) {
        List<RequestTable.Row> rows = table.rows();
        int inSection = (int) rows.stream().filter(ReportLayout::underResults).count();
        boolean sectionStarted = false;
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RequestTable.Row row = rows.get(i);
            List<Cell> cells = cells(table.columns(), row, broken);
            if (!underResults(row)) {
                String title = row.number() + "、" + row.label();
                lines.add(new Line(row.number(), title, null, null, null, 3, cells));
                continue;
            }
            Span section = null;
            if (!sectionStarted) {
                section = new Span("三、" + RESULTS, inSection, 1);
                sectionStarted = true;
            }
            String groupNumber = groupNumber(row.number());
            String itemNumber = row.number().substring(("三" + groupNumber).length());
            int slash = row.label().indexOf('/');
            String groupLabel = slash < 0 ? row.label() : row.label().substring(0, slash);
            String title = "三" + groupNumber + groupLabel;
            if (itemNumber.isEmpty()) {
                lines.add(new Line(row.number(), title, section, new Span(groupNumber + groupLabel, 1, 2), null, 0,
                        cells));
                continue;
            }
            String item = itemNumber + "." + row.label().substring(slash + 1);
            boolean first = i == 0 || !groupNumber(rows.get(i - 1).number()).equals(groupNumber)
                    || !underResults(rows.get(i - 1));
            Span group = null;
            if (first) {
                int span = 0;
                for (int j = i; j < rows.size() && underResults(rows.get(j))
                        && groupNumber(rows.get(j).number()).equals(groupNumber); j++) {
                    span++;
                }
                group = new Span(groupNumber + groupLabel, span, 1);
            }
            lines.add(new Line(row.number(), title + " " + item, section, group, item, 0, cells));
        }
        return lines;
    }

    private static boolean underResults(RequestTable.Row row) {
        return row.number().startsWith("三") && row.number().length() > 1;
    }

    /** "（三）" of "三（三）1". */
    private static String groupNumber(String number) {
        int close = number.indexOf('）');
        return close < 0 ? number.substring(1) : number.substring(1, close + 1);
    }

    private static List<Cell> cells(List<RequestTable.Column> columns, RequestTable.Row row, Set<String> broken) {
        return columns.stream().map(column -> new Cell(column.key(), column.label().substring(column.label().indexOf('/') + 1),
                row.count(column.key()),
                broken.contains(row.number() + " " + row.label() + " × " + column.label()))).toList();
    }

    private static Totals totals(RequestTable table) {
        String total = table.columns().stream().map(RequestTable.Column::key).filter("TOTAL"::equals).findFirst()
                .orElse(null);
        Map<String, Integer> byKind = new LinkedHashMap<>();
        table.rows().forEach(row -> byKind.putIfAbsent(row.kind(), total == null ? 0 : row.count(total)));
        if (total == null || !byKind.keySet().containsAll(
                List.of("RECEIVED", "CARRIED_OVER", "FINISHED", "CARRIED_FORWARD"))) {
            return null;
        }
        return new Totals(byKind.get("RECEIVED"), byKind.get("CARRIED_OVER"), byKind.get("FINISHED"),
                byKind.get("CARRIED_FORWARD"));
    }
}
