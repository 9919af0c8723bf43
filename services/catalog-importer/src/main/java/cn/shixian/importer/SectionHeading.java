package cn.shixian.importer;

/**
 * A section heading (分类标题) of a catalog table, such as 一、社会保险: no item, but the 一级事项 of
 * the rows under it that leave theirs blank. Listed in the report so that a user sees which rows
 * were taken for headings.
 *
 * @param file  the catalog file as named to the importer
 * @param sheet the workbook sheet, null for CSV
 * @param row   the row's number as a spreadsheet program shows it
 * @param text  the heading as written, tidied
 */
public record SectionHeading(String file, String sheet, int row, String text) {

    /** {@code catalog.csv: row 5: heading 一、社会保险}, the form the CLI prints. */
    @Override
    public String toString() {
        return file + ": " + (sheet == null ? "" : "sheet " + sheet + ", ") + "row " + row + ": heading " + text;
    }
}
