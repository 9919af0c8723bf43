package cn.shixian.importer.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads every sheet of an XLSX (or old XLS) workbook with Apache POI. Cells read as the program
 * shows them (a 序号 of 1.0 reads "1", a formula its last computed value). A merged cell's text is
 * copied into every cell it covers: the workbook says exactly which rows a merged 事项 or 公开主体
 * spans, which is better than filling down, and a group header such as 公开对象 then stands over
 * each of its columns.
 */
final class SpreadsheetTables {

    private SpreadsheetTables() {
    }

    static List<Table> read(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<Table> tables = new ArrayList<>();
            for (Sheet sheet : workbook) {
                tables.add(new Table(sheet.getSheetName(), rows(sheet, formatter)));
            }
            return tables;
        } catch (EncryptedDocumentException e) {
            throw new CatalogFileException(file + ": the workbook is password-protected", e);
        } catch (RuntimeException e) {
            // POI reports a damaged or foreign file with several unchecked exceptions
            throw new CatalogFileException(file + ": not a readable workbook: " + e.getMessage(), e);
        }
    }

    private static List<TableRow> rows(Sheet sheet, DataFormatter formatter) {
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            grid.add(cells);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            spread(grid, merged);
        }
        List<TableRow> rows = new ArrayList<>(grid.size());
        for (int r = 0; r < grid.size(); r++) {
            rows.add(new TableRow(r + 1, grid.get(r)));
        }
        return rows;
    }

    private static void spread(List<List<String>> grid, CellRangeAddress merged) {
        if (merged.getFirstRow() >= grid.size()) {
            return;
        }
        List<String> first = grid.get(merged.getFirstRow());
        String text = merged.getFirstColumn() < first.size() ? first.get(merged.getFirstColumn()) : "";
        for (int r = merged.getFirstRow(); r <= merged.getLastRow() && r < grid.size(); r++) {
            List<String> cells = grid.get(r);
            while (cells.size() <= merged.getLastColumn()) {
                cells.add("");
            }
            for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                cells.set(c, text);
            }
        }
    }
}
