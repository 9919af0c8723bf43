package cn.shixian.importer.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a catalog file into tables, choosing the reader by the file's first bytes (a ZIP or OLE2
 * header is a workbook), so a workbook named {@code .csv} or a CSV without extension still reads.
 */
public final class Tables {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private Tables() {
    }

    public static List<Table> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CatalogFileException(file + ": no such file");
        }
        try {
            return isWorkbook(file) ? SpreadsheetTables.read(file) : List.of(CsvTables.read(file));
        } catch (NoSuchFileException e) {
            throw new CatalogFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new CatalogFileException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isWorkbook(Path file) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read == head.length && (startsWith(head, ZIP) || startsWith(head, OLE2))) {
            return true;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return read == 0 && (name.endsWith(".xlsx") || name.endsWith(".xls"));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
