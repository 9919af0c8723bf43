package cn.shixian.workbench.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workbench.services.RequestTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportLayoutTest {

    private static final List<RequestTable.Column> COLUMNS = List.of(
            new RequestTable.Column("NATURAL_PERSON", "自然人"),
            new RequestTable.Column("COMMERCIAL", "法人或其他组织/商业企业"),
            new RequestTable.Column("RESEARCH", "法人或其他组织/科研机构"),
            new RequestTable.Column("NON_PROFIT", "法人或其他组织/社会公益组织"),
            new RequestTable.Column("LEGAL_SERVICE", "法人或其他组织/法律服务机构"),
            new RequestTable.Column("OTHER_ORGANIZATION", "法人或其他组织/其他"),
            new RequestTable.Column("TOTAL", "总计"));

    @Test
    void headsTheColumnsLikeTheFormWithTheFiveKindsUnderOneHeading() {
        ReportLayout layout = ReportLayout.of(table(true));
        assertThat(layout.groups()).extracting(ReportLayout.Heading::text).containsExactly("自然人", "法人或其他组织", "总计");
        assertThat(layout.groups()).extracting(ReportLayout.Heading::colspan).containsExactly(1, 5, 1);
        assertThat(layout.groups()).extracting(ReportLayout.Heading::rowspan).containsExactly(2, 1, 2);
        assertThat(layout.columns()).extracting(ReportLayout.Heading::text)
                .containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(layout.headingRows()).isEqualTo(2);
        assertThat(layout.width()).isEqualTo(7);
    }

    @Test
    void putsTheOutcomeRowsUnderTheirSectionAndGroups() {
        List<ReportLayout.Line> lines = ReportLayout.of(table(true)).lines();
        assertThat(lines).hasSize(25);
        assertThat(lines.getFirst().labelColspan()).isEqualTo(3);
        assertThat(lines.getFirst().title()).isEqualTo("一、本年新收政府信息公开申请数量");
        ReportLayout.Line disclosed = lines.get(2);
        assertThat(disclosed.section()).isEqualTo(new ReportLayout.Span("三、本年度办理结果", 22, 1));
        assertThat(disclosed.group()).isEqualTo(new ReportLayout.Span("（一）予以公开", 1, 2));
        assertThat(disclosed.item()).isNull();
        ReportLayout.Line secret = lines.get(4);
        assertThat(secret.section()).isNull();
        assertThat(secret.group()).isEqualTo(new ReportLayout.Span("（三）不予公开", 8, 1));
        assertThat(secret.item()).isEqualTo("1.属于国家秘密");
        assertThat(secret.title()).isEqualTo("三（三）不予公开 1.属于国家秘密");
        assertThat(lines.get(5).group()).isNull();
        assertThat(lines.get(12).group()).isEqualTo(new ReportLayout.Span("（四）无法提供", 3, 1));
        ReportLayout.Line finished = lines.get(23);
        assertThat(finished.group()).isEqualTo(new ReportLayout.Span("（七）总计", 1, 2));
        assertThat(lines.getLast().title()).isEqualTo("四、结转下年度继续办理");
        assertThat(lines.getLast().labelColspan()).isEqualTo(3);
    }

    @Test
    void sumsTheSidesOfTheRuleAndMarksTheCellsABrokenRuleNames() {
        ReportLayout holds = ReportLayout.of(table(true));
        assertThat(holds.totals()).isEqualTo(new ReportLayout.Totals(3, 1, 3, 1));
        assertThat(holds.lines().stream().flatMap(l -> l.cells().stream()).noneMatch(ReportLayout.Cell::broken)).isTrue();

        ReportLayout breaks = ReportLayout.of(table(false));
        List<String> marked = breaks.lines().stream().flatMap(l -> l.cells().stream()
                .filter(ReportLayout.Cell::broken).map(c -> l.number() + "×" + c.key())).toList();
        assertThat(marked).containsExactly("一×TOTAL", "四×TOTAL");
        assertThat(breaks.lines().getFirst().cells().get(1).heading()).isEqualTo("商业企业");
    }

    private static RequestTable table(boolean consistent) {
        List<RequestTable.Row> rows = new ArrayList<>();
        rows.add(row("一", "本年新收政府信息公开申请数量", "RECEIVED", 3));
        rows.add(row("二", "上年结转政府信息公开申请数量", "CARRIED_OVER", 1));
        rows.add(row("三（一）", "予以公开", "OUTCOME", 2));
        rows.add(row("三（二）", "部分公开（区分处理的，只计这一情形，不计其他情形）", "OUTCOME", 0));
        group(rows, "（三）", "不予公开", 8);
        group(rows, "（四）", "无法提供", 3);
        group(rows, "（五）", "不予处理", 5);
        group(rows, "（六）", "其他处理", 3);
        rows.add(row("三（七）", "总计", "FINISHED", 3));
        rows.add(row("四", "结转下年度继续办理", "CARRIED_FORWARD", 1));
        List<RequestTable.Broken> broken = consistent ? List.of() : List.of(new RequestTable.Broken("一+二=三+四",
                List.of("一 本年新收政府信息公开申请数量 × 总计", "四 结转下年度继续办理 × 总计"), "总计: 一 3 + 二 1 ≠ …"));
        return new RequestTable(2025, "650500", COLUMNS, rows, consistent, broken);
    }

    private static void group(List<RequestTable.Row> rows, String number, String label, int items) {
        for (int i = 1; i <= items; i++) {
            rows.add(row("三" + number + i, label + "/第" + i + "项", "OUTCOME", i == 1 && number.equals("（三）") ? 1 : 0));
        }
        if (number.equals("（三）")) {
            rows.set(rows.size() - items, row("三（三）1", "不予公开/属于国家秘密", "OUTCOME", 1));
        }
    }

    private static RequestTable.Row row(String number, String label, String kind, int total) {
        Map<String, Integer> cells = new LinkedHashMap<>();
        COLUMNS.forEach(c -> cells.put(c.key(), 0));
        cells.put("NATURAL_PERSON", total);
        cells.put("TOTAL", total);
        return new RequestTable.Row(number, label, kind, null, cells);
    }
}
