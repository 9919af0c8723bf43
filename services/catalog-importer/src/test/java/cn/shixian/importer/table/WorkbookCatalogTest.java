package cn.shixian.importer.table;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.importer.CatalogImporter;
import cn.shixian.importer.ImportReport;
import cn.shixian.importer.ImportSettings;
import cn.shixian.importer.RowFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog as a county office keeps it in Excel: title row, two-row header, merged cells, numbers as numbers. */
class WorkbookCatalogTest {

    private final CatalogImporter importer = new CatalogImporter(Clock.fixed(Instant.parse("2025-09-24T02:30:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void aWorkbookWithMergedCellsAndATwoRowHeaderReadsBack() throws IOException {
        Path file = dir.resolve("654002-catalog.xlsx");
        write(file);

        ImportReport report = importer.read(file, ImportSettings.of("654002"));

        assertThat(report.failures()).containsExactly(
                new RowFailure(file.toString(), "社会保险", 9, "公开方式: neither 主动 nor 依申请 is marked"));
        List<ItemCreated> items = report.events().stream().map(e -> e.event().data()).toList();
        assertThat(items).extracting(ItemCreated::title)
                .containsExactly("机关事业单位社会保险登记", "企业社会保险登记", "职工参保登记", "个人权益记录查询打印");
        assertThat(items).extracting(ItemCreated::category).containsExactly(
                List.of("社会保险登记", "单位参保登记", "机关事业单位社会保险登记"),
                List.of("社会保险登记", "单位参保登记", "企业社会保险登记"),
                List.of("社会保险登记", "职工参保登记"),
                List.of("社会保险参保缴费记录查询", "个人权益记录查询打印"));
        assertThat(items).extracting(ItemCreated::responsibleBody)
                .containsExactly("伊宁市人力资源和社会保障局", "伊宁市人力资源和社会保障局", "伊宁市人力资源和社会保障局", "伊宁市社会保险中心");
        assertThat(items).extracting(ItemCreated::mode).containsOnly(DisclosureMode.ACTIVE);
        assertThat(items.getFirst().timeLimit().workingDays()).isEqualTo(20);
        assertThat(items.get(1).timeLimit().workingDays()).isEqualTo(20);
        assertThat(items.get(3).channels()).containsExactly("政府网站", "公开查阅点");
    }

    @Test
    void aWorkbookReadsTheSameTwice() throws IOException {
        Path file = dir.resolve("catalog.xlsx");
        write(file);

        assertThat(importer.read(file, ImportSettings.of("654002")).events()).map(e -> e.key())
                .isEqualTo(importer.read(file, ImportSettings.of("654002")).events().stream().map(e -> e.key()).toList());
    }

    @Test
    void aCsvWithMergedCellsLeftBlankReadsAsTheWorkbookWithItsMerges() throws IOException {
        String[][] rows = {
                {"1", "政策信息和政务公开", "规范性文件", "部门规章", "《条例》第二十条", "信息形成或者变更之日起20个工作日内", "市人社局", "√", ""},
                {"2", "", "", "各类社会保险政策文件", "", "", "", "", ""},
                {"3", "", "政务信息公开", "人大代表建议答复", "", "", "", "√", ""},
                {"4", "社会保险登记", "企业社会保险登记", "事项名称", "《社会保险法》", "即时", "市社保中心", "", "√"}};
        Path workbook = dir.resolve("merged.xlsx");
        try (Workbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet sheet = book.createSheet("目录");
            row(sheet, 0, "序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "主动", "依申请");
            for (int r = 0; r < rows.length; r++) {
                row(sheet, r + 1, rows[r]);
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 3, 1, 1));       // 一级事项 over three rows
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));       // 规范性文件 listed twice
            for (int column = 4; column <= 7; column++) {                  // 公开依据, 公开时限, 公开主体, 主动
                sheet.addMergedRegion(new CellRangeAddress(1, column == 7 ? 2 : 3, column, column));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 8, 8));       // 依申请, blank, with it
            book.write(out);
        }
        StringBuilder csv = new StringBuilder("序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,主动,依申请\n");
        for (String[] row : rows) {
            csv.append(String.join(",", row)).append('\n');
        }
        Path saved = Files.writeString(dir.resolve("merged.csv"), csv);

        ImportReport fromWorkbook = importer.read(workbook, ImportSettings.of("650500"));
        ImportReport fromCsv = importer.read(saved, ImportSettings.of("650500"));

        assertThat(fromCsv.failures()).isEmpty();
        assertThat(fromCsv.events()).map(e -> e.event().data())
                .isEqualTo(fromWorkbook.events().stream().map(e -> e.event().data()).toList());
        assertThat(fromCsv.events()).map(e -> e.event().data().timeLimit().text()).containsExactly(
                "信息形成或者变更之日起20个工作日内", "信息形成或者变更之日起20个工作日内", "信息形成或者变更之日起20个工作日内", "即时");
        assertThat(fromWorkbook.filledCells()).isEmpty();
        assertThat(fromCsv.describeFilledCells()).isEqualTo("一级事项 2, 二级事项 1, 公开依据 2, 公开时限 2, 公开主体 2, 主动 1");
    }

    private static void write(Path file) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本目录依据《中华人民共和国政府信息公开条例》编制");
            Sheet sheet = workbook.createSheet("社会保险");
            row(sheet, 0, "伊宁市社会保险领域基层政务公开标准目录");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 11));
            row(sheet, 1, "序号", "公开事项", "", "", "公开内容\n（要素）", "公开时限", "公开\n主体", "公开渠道和载体",
                    "公开对象", "", "公开方式", "");
            row(sheet, 2, "", "一级事项", "二级事项", "三级事项", "", "", "", "", "全社会", "特定群体", "主动", "依申请");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));   // 序号
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 3));   // 公开事项 over its levels
            for (int column = 4; column <= 7; column++) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, column, column));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 8, 9));   // 公开对象
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 10, 11)); // 公开方式
            Row first = row(sheet, 3, null, "社会保险登记", "单位参保登记", "机关事业单位社会保险登记", "事项名称、办理时限",
                    "公开事项信息形成或变更之日起20个工作日内公开", "伊宁市人力资源和社会保障局", "■政府网站 □政府公报", "√", "", "√", "");
            first.createCell(0).setCellValue(1);                       // a number, as Excel keeps 序号
            row(sheet, 4, "2", "", "", "企业社会保险登记", "事项名称、办理时限", "", "", "■政府网站", "√", "", "√", "");
            sheet.addMergedRegion(new CellRangeAddress(3, 5, 1, 1));   // 一级事项 over three rows
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 2, 2));   // 二级事项 over two rows
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 5, 5));   // 公开时限 over two rows
            sheet.addMergedRegion(new CellRangeAddress(3, 5, 6, 6));   // 公开主体 over three rows
            row(sheet, 5, "3", "", "职工参保登记", "", "事项名称", "即时", "", "政府网站", "√", "", "✓", "");
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 2, 3));   // a name across 二级 and 三级
            row(sheet, 6, "一、社会保险参保缴费记录查询");
            sheet.addMergedRegion(new CellRangeAddress(6, 6, 0, 11));  // a section heading across the table
            row(sheet, 7, "4", "社会保险参保缴费记录查询", "个人权益记录查询打印", "", "事项名称", "20个工作日", "伊宁市社会保险中心",
                    "政府网站、公开查阅点", "√", "", "<input type=\"checkbox\" checked>", "");
            row(sheet, 8, "5", "", "单位参保证明查询打印", "", "事项名称", "20个工作日", "", "", "√", "", "□", "□");
            workbook.write(out);
        }
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null && !cells[i].isEmpty()) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
        return row;
    }
}
