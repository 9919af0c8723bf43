package cn.shixian.importer.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.importer.header.Column;
import cn.shixian.importer.header.ColumnLayout;
import cn.shixian.importer.header.HeaderMatcher;
import cn.shixian.importer.table.Table;
import cn.shixian.importer.table.TableRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowReaderTest {

    private static final String MARKED = "序号|一级事项|二级事项|公开时限|公开主体|公开渠道和载体|公开对象||公开方式|\n"
            + "||||||全社会|特定群体|主动|依申请";
    private static final String TEXT = "序号|公开事项|公开时限|公开主体|公开方式";

    @Test
    void mergedItemsAndResponsibleBodiesAreFilledDown() {
        List<CatalogRow> rows = read(MARKED,
                "1|社会保险登记|机关事业单位社会保险登记|公开事项信息形成或变更之日起20个工作日内公开|人力资源社会保障部门|■政府网站 □政府公报|√||√|",
                "2||职工参保登记|即时||政府网站、政务服务中心|√|||√",
                "3|社会保险参保信息维护|个人基本信息变更||区人社局||||✓|");

        assertThat(rows).extracting(CatalogRow::path).containsExactly(
                List.of("社会保险登记", "机关事业单位社会保险登记"),
                List.of("社会保险登记", "职工参保登记"),
                List.of("社会保险参保信息维护", "个人基本信息变更"));
        assertThat(rows).extracting(CatalogRow::responsibleBody)
                .containsExactly("人力资源社会保障部门", "人力资源社会保障部门", "区人社局");
        assertThat(rows).extracting(CatalogRow::mode)
                .containsExactly(DisclosureMode.ACTIVE, DisclosureMode.ON_REQUEST, DisclosureMode.ACTIVE);
        assertThat(rows.get(0).channels()).containsExactly("政府网站");
        assertThat(rows.get(1).timeLimit()).isEqualTo("即时");
        assertThat(rows.get(2).timeLimit()).isEmpty();
        assertThat(rows.get(1).title()).isEqualTo("职工参保登记");
    }

    @Test
    void aRowMarkedBothWaysIsActiveAndOneMarkedNeitherWayFails() {
        ColumnLayout layout = layout(MARKED);
        RowReader reader = new RowReader(layout);
        TableRow both = row(3, "1|登记|参保登记|20个工作日|局||√||■|☑");
        TableRow neither = row(4, "2|登记|注销登记|20个工作日|局||√||□|☐");

        assertThat(reader.read(both, reader.path(both)).mode()).isEqualTo(DisclosureMode.ACTIVE);
        assertThatThrownBy(() -> reader.read(neither, reader.path(neither)))
                .isInstanceOf(RowException.class).hasMessage("公开方式: neither 主动 nor 依申请 is marked");
    }

    @Test
    void aModeColumnOfText() {
        assertThat(read(TEXT, "1|职工参保登记|20个工作日|局|主动公开", "2|档案查阅|20个工作日|局|依申请公开",
                "3|参保登记|20个工作日|局|■主动 □依申请", "4|注销登记|20个工作日|局|□主动 √依申请"))
                .extracting(CatalogRow::mode)
                .containsExactly(DisclosureMode.ACTIVE, DisclosureMode.ON_REQUEST, DisclosureMode.ACTIVE, DisclosureMode.ON_REQUEST);
        RowReader reader = new RowReader(layout(TEXT));
        TableRow blank = row(2, "1|职工参保登记|20个工作日|局|");
        TableRow other = row(3, "2|职工参保登记|20个工作日|局|不公开");
        assertThatThrownBy(() -> reader.read(blank, reader.path(blank))).hasMessage("公开方式 is blank: expected 主动 or 依申请");
        assertThatThrownBy(() -> reader.read(other, reader.path(other))).hasMessage("公开方式 '不公开' names neither 主动 nor 依申请");
    }

    @Test
    void withoutAModeColumnEveryItemIsActive() {
        assertThat(read("序号|公开事项|公开时限|公开主体", "1|职工参保登记|20个工作日|局"))
                .extracting(CatalogRow::mode).containsExactly(DisclosureMode.ACTIVE);
    }

    @Test
    void blankRowsAndRepeatedHeadersAreSkippedAndHeadingsAndRowsOfOnlyA序号AreTold() {
        RowReader reader = new RowReader(layout(MARKED));

        assertThat(reader.classify(row(3, "||||||||"))).isEqualTo(RowReader.Kind.SKIPPED);
        assertThat(reader.classify(row(4, "序号|一级事项|二级事项|公开时限|公开主体|公开渠道和载体|公开对象||公开方式|")))
                .isEqualTo(RowReader.Kind.SKIPPED);
        assertThat(reader.classify(row(5, "一、社会保险||||||||"))).isEqualTo(RowReader.Kind.HEADING);
        assertThat(reader.classify(row(6, "社会保险|社会保险|社会保险|社会保险|社会保险|社会保险|社会保险|社会保险|社会保险|社会保险")))
                .isEqualTo(RowReader.Kind.HEADING);
        assertThat(reader.classify(row(7, "|职工参保登记||||||||"))).isEqualTo(RowReader.Kind.ITEM);
        assertThat(reader.classify(row(8, "7|社会保险登记|机关事业单位社会保险登记|事项名称|全社会|主动|||"))).isEqualTo(RowReader.Kind.ITEM);
        assertThat(reader.classify(row(9, "12|||||||||"))).isEqualTo(RowReader.Kind.SERIAL_ONLY);
        assertThat(reader.classify(row(10, "|||- 3 -||||||"))).as("a page number").isEqualTo(RowReader.Kind.SERIAL_ONLY);
        assertThat(reader.serialOnly(row(9, "12|||||||||"))).isEqualTo("only 12 (序号) is filled: no 事项 name and no"
                + " other cell to read an item from (were its cells lost?); fill the row in or delete it");
    }

    @Test
    void aRowWithoutAnyItemNameFailsWhenNoRowAboveNamesOne() {
        RowReader reader = new RowReader(layout(MARKED));
        assertThatThrownBy(() -> reader.path(row(3, "1|||20个工作日|局||√||√|")))
                .isInstanceOf(RowException.class).hasMessage("no 事项 name: the 事项 columns (一级事项, 二级事项) are blank,"
                        + " and no row above names a 事项 this row could continue");
    }

    @Test
    void aRowWhoseWhole事项PathIsMergedIsTheItemAboveAgainWithAllItsMergedCells() {
        List<CatalogRow> rows = read(MARKED,
                "3|政策信息和政务公开|规范性文件|20个工作日|市人社局|政府网站|√||√|",
                "4|||||政务服务中心||||");

        assertThat(rows.get(1).path()).containsExactly("政策信息和政务公开", "规范性文件");
        assertThat(rows.get(1).timeLimit()).isEqualTo("20个工作日");
        assertThat(rows.get(1).responsibleBody()).isEqualTo("市人社局");
        assertThat(rows.get(1).mode()).isEqualTo(DisclosureMode.ACTIVE);
        assertThat(rows.get(1).channels()).as("公开渠道和载体 is the row's own").containsExactly("政务服务中心");
    }

    @Test
    void blankTimeLimitBodyAndBasisAreFilledUnderTheSame一级事项AndReallyBlankUnderANewOne() {
        String header = "序号|一级事项|二级事项|公开依据|公开时限|公开主体|公开方式";
        RowReader reader = new RowReader(layout(header));
        List<CatalogRow> rows = read(reader, header,
                "1|社会保险登记|参保登记|《条例》|即时|区人社局|主动",
                "2||注销登记|||区社保中心|主动",
                "3|社会保险登记|变更登记||||主动",
                "4|缴费申报|增减申报||||主动");

        assertThat(rows).extracting(CatalogRow::timeLimit).containsExactly("即时", "即时", "即时", "");
        assertThat(rows).extracting(CatalogRow::responsibleBody).containsExactly("区人社局", "区社保中心", "区社保中心", "");
        assertThat(reader.filledCells()).containsExactly(entry(Column.LEVEL_1, 1), entry(Column.BASIS, 2),
                entry(Column.TIME_LIMIT, 2), entry(Column.BODY, 1));
    }

    @Test
    void theModeMarksAreFilledOnlyInARowContinuingTheItemAbove() {
        RowReader reader = new RowReader(layout(MARKED));
        List<CatalogRow> rows = read(reader, MARKED,
                "1|社会保险登记|参保登记|20个工作日|局||√||√|",
                "2|||||政务服务中心||||",
                "3||注销登记|20个工作日|局||√|||√");

        assertThat(rows).extracting(CatalogRow::mode).as("one blank mark of a marked pair is no merge")
                .containsExactly(DisclosureMode.ACTIVE, DisclosureMode.ACTIVE, DisclosureMode.ON_REQUEST);
        TableRow unmarked = row(6, "4||档案查阅|20个工作日|局||√|||");
        assertThatThrownBy(() -> reader.read(unmarked, reader.path(unmarked))).hasMessage("公开方式: neither 主动 nor 依申请"
                + " is marked (both cells are blank; a row that names its own 事项 does not take the marks of the row above)");
        assertThat(reader.filledCells()).containsEntry(Column.MODE_ACTIVE, 1).doesNotContainKey(Column.MODE_ON_REQUEST);
    }

    @Test
    void aHeadingIsThe一级事项OfTheRowsUnderItAndNoMergeReachesOverIt() {
        RowReader reader = new RowReader(layout(MARKED));
        List<CatalogRow> rows = new ArrayList<>();
        for (TableRow row : List.of(row(3, "1|社会保险登记|参保登记|20个工作日|区人社局||√||√|"),
                row(4, "二、社会保险参保缴费记录查询|||||||||"),
                row(5, "2||个人权益记录查询打印||||√||√|"))) {
            if (reader.classify(row) == RowReader.Kind.ITEM) {
                rows.add(reader.read(row, reader.path(row)));
            }
        }

        assertThat(rows.get(1).path()).containsExactly("社会保险参保缴费记录查询", "个人权益记录查询打印");
        assertThat(rows.get(1).timeLimit()).isEmpty();
        assertThat(rows.get(1).responsibleBody()).isEmpty();
        assertThat(reader.headings()).containsExactly(new RowReader.Heading(4, "二、社会保险参保缴费记录查询"));
    }

    @Test
    void aTitleAboveAHeaderRepeatedOnANewPageIsNoHeading() {
        RowReader reader = new RowReader(layout(MARKED));
        List<CatalogRow> rows = new ArrayList<>();
        for (TableRow row : List.of(row(3, "1|社会保险登记|参保登记|20个工作日|区人社局||√||√|"),
                row(4, "哈密市社会保险领域政务公开标准目录|||||||||"),
                row(5, "序号|一级事项|二级事项|公开时限|公开主体|公开渠道和载体|公开对象||公开方式|"),
                row(6, "2||注销登记||||√||√|"))) {
            if (reader.classify(row) == RowReader.Kind.ITEM) {
                rows.add(reader.read(row, reader.path(row)));
            }
        }

        assertThat(rows.get(1).path()).containsExactly("社会保险登记", "注销登记");
        assertThat(rows.get(1).timeLimit()).isEqualTo("20个工作日");
        assertThat(reader.headings()).isEmpty();
    }

    private static List<CatalogRow> read(String header, String... data) {
        return read(new RowReader(layout(header)), header, data);
    }

    private static List<CatalogRow> read(RowReader reader, String header, String... data) {
        List<CatalogRow> rows = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            TableRow row = row(i + header.split("\n").length + 1, data[i]);
            rows.add(reader.read(row, reader.path(row)));
        }
        return rows;
    }

    private static ColumnLayout layout(String header) {
        String[] lines = header.split("\n");
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(row(i + 1, lines[i]));
        }
        return HeaderMatcher.match(new Table(null, rows));
    }

    private static TableRow row(int number, String cells) {
        return new TableRow(number, List.of(cells.split("\\|", -1)));
    }
}
