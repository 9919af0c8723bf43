package cn.shixian.importer.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.importer.table.CatalogFileException;
import cn.shixian.importer.table.Table;
import cn.shixian.importer.table.TableRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    @Test
    void aSingleRowHeaderBelowTitleRows() {
        ColumnLayout layout = HeaderMatcher.match(table(
                "社会保险领域基层政务公开标准目录",
                "",
                "序号|一级事项|二级事项|公开内容（要素）|公开依据|公开时限|公开主体|公开渠道和载体|公开对象|公开方式|公开层级",
                "1|社会保险登记|职工参保登记|事项名称|《条例》|20个工作日|人社局|政府网站|全社会|主动|县级"));

        assertThat(layout.firstDataRow()).isEqualTo(3);
        assertThat(layout.levelPositions()).containsExactly(1, 2);
        assertThat(layout.position(Column.TIME_LIMIT)).hasValue(5);
        assertThat(layout.position(Column.MODE)).hasValue(9);
        assertThat(layout.has(Column.MODE_ACTIVE)).isFalse();
    }

    @Test
    void aTwoRowHeaderSavedAsCsvWithItsMergedCellsBlank() {
        ColumnLayout layout = HeaderMatcher.match(table(
                "序号|公开事项|||公开内容（要素）|公开依据|公开时限|公开主体|公开渠道和载体|公开对象||公开方式||公开层级|咨询电话",
                "|主项|子项|二级子项||||||全社会|特定群体|主动|依申请||",
                "1|机构概况|机构职能||简介|《条例》|20个工作日|市人社局|■政府网站|√||√||市级|0902"));

        assertThat(layout.firstDataRow()).isEqualTo(2);
        assertThat(layout.levelPositions()).containsExactly(1, 2, 3);
        assertThat(layout.position(Column.CONTENT)).hasValue(4);
        assertThat(layout.position(Column.AUDIENCE_PUBLIC)).hasValue(9);
        assertThat(layout.position(Column.AUDIENCE_SPECIFIC)).hasValue(10);
        assertThat(layout.position(Column.MODE_ACTIVE)).hasValue(11);
        assertThat(layout.position(Column.MODE_ON_REQUEST)).hasValue(12);
        assertThat(layout.position(Column.LEVEL)).hasValue(13);
    }

    @Test
    void aTwoRowHeaderReadFromAWorkbookWithItsMergedCellsSpread() {
        ColumnLayout layout = HeaderMatcher.match(table(
                "序号|公开事项|公开事项|公开事项|公开内容（要素）|公开时限|公开主体|公开对象|公开对象|公开方式|公开方式|公开层级|公开层级",
                "序号|一级事项|二级事项|三级事项|公开内容（要素）|公开时限|公开主体|全社会|特定群体|主动|依申请|县级|乡级",
                "1|社会保险登记|参保登记|职工参保登记|事项名称|20个工作日|人社局|√||√||√|√"));

        assertThat(layout.firstDataRow()).isEqualTo(2);
        assertThat(layout.levelPositions()).containsExactly(1, 2, 3);
        assertThat(layout.position(Column.MODE_ACTIVE)).hasValue(9);
        assertThat(layout.position(Column.LEVEL)).hasValue(11);
    }

    @Test
    void aDataRowOfTextUnderGroupHeadersIsNotASecondHeaderRow() {
        ColumnLayout layout = HeaderMatcher.match(table(
                "序号|公开事项|公开时限|公开主体|公开对象|公开方式",
                "|职工参保登记|20个工作日|人社局|全社会|主动"));

        assertThat(layout.firstDataRow()).isEqualTo(1);
        assertThat(layout.levelPositions()).containsExactly(1);
        assertThat(layout.position(Column.MODE)).hasValue(5);
    }

    @Test
    void aTableWithoutHeaderIsNoCatalog() {
        assertThatThrownBy(() -> HeaderMatcher.match(table("a|b|c", "1|2|3")))
                .isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("no header row in the first 10 rows");
    }

    @Test
    void aHeaderWithoutAnyItemColumnIsNoCatalog() {
        assertThatThrownBy(() -> HeaderMatcher.match(table("序号|公开时限|公开主体|公开依据")))
                .isInstanceOf(CatalogFileException.class)
                .hasMessageContaining("no 事项 column");
    }

    @Test
    void aHeaderRepeatedOnANewPageIsRecognised() {
        assertThat(HeaderMatcher.isHeader(row(9, "|主项|子项|二级子项||||||全社会|特定群体|主动|依申请"))).isTrue();
        assertThat(HeaderMatcher.isHeader(row(9, "7|社会保险登记|机关事业单位社会保险登记||事项名称|全社会|主动"))).isFalse();
    }

    static Table table(String... rows) {
        List<TableRow> table = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            table.add(row(i + 1, rows[i]));
        }
        return new Table(null, table);
    }

    static TableRow row(int number, String cells) {
        return new TableRow(number, List.of(cells.split("\\|", -1)));
    }
}
