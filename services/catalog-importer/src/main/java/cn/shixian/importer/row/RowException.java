package cn.shixian.importer.row;

/** A row that cannot become an event; the message says why, in terms of the catalog's columns. */
public class RowException extends RuntimeException {

    public RowException(String message) {
        super(message);
    }
}
