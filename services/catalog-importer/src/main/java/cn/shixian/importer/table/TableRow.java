package cn.shixian.importer.table;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a catalog table as the file holds it, every cell as text.
 *
 * @param number the row's number as a spreadsheet program shows it (1-based; for CSV the record number)
 * @param cells  the cells from the first column on; missing trailing cells read as blank
 */
public record TableRow(int number, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The text of cell {@code index}, "" if the row is shorter or the index is negative. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** This row with cell {@code index} (≥ 0) holding {@code text}: a merged cell filled in. */
    public TableRow withCell(int index, String text) {
        List<String> filled = new ArrayList<>(cells);
        while (filled.size() <= index) {
            filled.add("");
        }
        filled.set(index, text);
        return new TableRow(number, filled);
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
