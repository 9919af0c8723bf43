package cn.shixian.importer.row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.contracts.DisclosureMode;
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
    void blankRowsRepeatedHeadersAndHeadingsAreSkipped() {
        RowReader reader = new RowReader(layout(MARKED));

        assertThat(reader.isSkipped(row(3, "||||||||"))).isTrue();
        assertThat(reader.isSkipped(row(4, "序号|一级事项|二级事项|公开时限|公开主体|公开渠道和载体|公开对象||公开方式|"))).isTrue();
        assertThat(reader.isSkipped(row(5, "一、社会保险||||||||"))).isTrue();
        assertThat(reader.isSkipped(row(6, "社会保险|社会保险|社会保险|社会保险|社会保险|社会保险|社会保险|社会保险|社会保险|社会保险"))).isTrue();
        assertThat(reader.isSkipped(row(7, "|职工参保登记||||||||"))).isFalse();
        assertThat(reader.isSkipped(row(8, "7|社会保险登记|机关事业单位社会保险登记|事项名称|全社会|主动|||"))).isFalse();
    }

    @Test
    void aRowWithoutAnyItemNameFails() {
        RowReader reader = new RowReader(layout(MARKED));
        assertThatThrownBy(() -> reader.path(row(3, "1|||20个工作日|局||√||√|")))
                .isInstanceOf(RowException.class).hasMessageStartingWith("no 事项 name");
    }

    private static List<CatalogRow> read(String header, String... data) {
        ColumnLayout layout = layout(header);
        RowReader reader = new RowReader(layout);
        List<CatalogRow> rows = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            TableRow row = row(i + 3, data[i]);
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
