package cn.shixian.importer.table;

/**
 * A catalog file that cannot be read at all (missing, not CSV or a workbook, no header row): no
 * row of it goes through. The CLI's exit code 2.
 */
public class CatalogFileException extends RuntimeException {

    public CatalogFileException(String message) {
        super(message);
    }

    public CatalogFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
