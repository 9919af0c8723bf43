package cn.shixian.importer.table;

import java.util.List;

/**
 * The rows of one table of a catalog file: the CSV itself, or one sheet of a workbook.
 *
 * @param sheet the sheet's name; null for CSV, which has one table
 * @param rows  every row in file order, blank ones included
 */
public record Table(String sheet, List<TableRow> rows) {

    public Table {
        rows = List.copyOf(rows);
    }
}
