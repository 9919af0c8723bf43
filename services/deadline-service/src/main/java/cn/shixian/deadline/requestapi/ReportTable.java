package cn.shixian.deadline.requestapi;

import cn.shixian.deadline.request.Inconsistency;
import cn.shixian.deadline.request.ReportCell;
import cn.shixian.deadline.request.ReportColumn;
import cn.shixian.deadline.request.ReportLine;
import cn.shixian.deadline.request.RequestReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The yearly report's request table as JSON (年度报告 三、收到和处理政府信息公开申请情况, 格式 2021):
 * the columns and rows in the form's order and the result of its consistency rules.
 *
 * @param consistent      no rule of the form is broken
 * @param inconsistencies each broken rule with the cells it names
 */
record ReportTable(int year, String region, List<Column> columns, List<Row> rows, boolean consistent,
                   List<Broken> inconsistencies) {

    /** A column: its key (the cells' keys) and its heading. */
    record Column(String key, String label) {
    }

    /** A row: its number and label as printed, and a count per column key. */
    record Row(String number, String label, String kind, String outcome, Map<String, Integer> cells) {
    }

    /** A rule the table breaks. */
    record Broken(String rule, List<String> cells, String message) {
    }

    static ReportTable of(RequestReport report, String region) {
        List<Column> columns = java.util.Arrays.stream(ReportColumn.values())
                .map(c -> new Column(c.name(), c.label())).toList();
        List<Row> rows = ReportLine.lines().stream().map(line -> row(report, line)).toList();
        List<Broken> broken = report.check().stream().map(ReportTable::broken).toList();
        return new ReportTable(report.year(), region, columns, rows, broken.isEmpty(), broken);
    }

    private static Row row(RequestReport report, ReportLine line) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        report.row(line).forEach((column, count) -> cells.put(column.name(), count));
        return new Row(line.number(), line.label(), line.kind().name(),
                line.outcome() == null ? null : line.outcome().name(), cells);
    }

    private static Broken broken(Inconsistency inconsistency) {
        return new Broken(inconsistency.rule(), inconsistency.cells().stream().map(ReportCell::name).toList(),
                inconsistency.message());
    }
}
