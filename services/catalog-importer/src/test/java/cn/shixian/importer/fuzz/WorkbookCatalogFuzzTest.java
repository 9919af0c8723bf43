package cn.shixian.importer.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fuzzes the importer on workbooks (XLSX) the fuzzer lays out: sheets of text, number and blank
 * cells, drawn from a catalog's words or arbitrary, and merged regions anywhere, overlapping ones
 * too, as a damaged file may hold them. Random bytes would mostly test POI's unzipping; this
 * reaches the workbook reader's merges, the two-row headers, filling down and the row readers.
 * Its contract: {@link ImportContract}.
 */
class WorkbookCatalogFuzzTest {

    private static final ImportContract CONTRACT = new ImportContract("catalog.xlsx");
    private static final int MAX_ROWS = 12;
    private static final int MAX_COLUMNS = 10;
    /** What catalogs write, so that the fuzzer finds a header and items without guessing Chinese. */
    private static final String[] WORDS = {
        "序号", "公开事项", "一级事项", "二级事项", "三级事项", "主项", "子项", "二级子项", "公开内容（要素）", "公开依据",
        "公开时限", "办理时限", "公开主体", "公开渠道和载体", "公开对象", "全社会", "特定群体", "公开方式", "主动", "依申请",
        "公开层级", "县级", "√", "■", "□", "是", "否", "一、社会保险", "1.1机关事业单位社会保险登记", "机构职能",
        "信息形成或者变更之日起20个工作日内", "即时办结", "每季度结束后15个工作日内", "7-10个工作日", "市人力资源和社会保障局",
        "■政府网站 □政府公报", "政府网站、政务服务中心", "<input type=\"checkbox\" checked>", "1", "- 3 -",
    };

    @FuzzTest
    void readsAnyWorkbook(FuzzedDataProvider data) {
        CONTRACT.importsOrRefuses(workbook(data));
    }

    private static byte[] workbook(FuzzedDataProvider data) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int sheets = data.consumeInt(1, 2);
            for (int s = 0; s < sheets; s++) {
                fill(workbook.createSheet("sheet" + s), data);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Sheet sheet, FuzzedDataProvider data) {
        int rows = data.consumeInt(0, MAX_ROWS);
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            int columns = data.consumeInt(0, MAX_COLUMNS);
            for (int c = 0; c < columns; c++) {
                switch (data.consumeInt(0, 3)) {
                    case 0 -> { } // no cell at all
                    case 1 -> row.createCell(c).setCellValue(data.pickValue(WORDS));
                    case 2 -> row.createCell(c).setCellValue(data.consumeString(60));
                    default -> row.createCell(c).setCellValue(data.consumeDouble());
                }
            }
        }
        int merges = data.consumeInt(0, 4);
        for (int m = 0; m < merges; m++) {
            int firstRow = data.consumeInt(0, MAX_ROWS);
            int firstColumn = data.consumeInt(0, MAX_COLUMNS);
            CellRangeAddress region = new CellRangeAddress(firstRow, firstRow + data.consumeInt(0, 4),
                    firstColumn, firstColumn + data.consumeInt(0, 4));
            if (region.getNumberOfCells() > 1) {
                sheet.addMergedRegionUnsafe(region);
            }
        }
    }
}
