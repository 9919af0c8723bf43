package cn.shixian.importer;

/**
 * A row that did not become an event.
 *
 * @param file   the catalog file as named to the importer
 * @param sheet  the workbook sheet, null for CSV
 * @param row    the row's number as a spreadsheet program shows it
 * @param reason why, e.g. "公开方式: neither 主动 nor 依申请 is marked"
 */
public record RowFailure(String file, String sheet, int row, String reason) {

    /** {@code catalog.xlsx: sheet 目录, row 12: reason}, the form the CLI prints. */
    @Override
    public String toString() {
        return file + ": " + (sheet == null ? "" : "sheet " + sheet + ", ") + "row " + row + ": " + reason;
    }
}
