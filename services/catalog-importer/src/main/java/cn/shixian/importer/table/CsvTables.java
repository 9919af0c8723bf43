package cn.shixian.importer.table;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV catalog (RFC 4180: quoted cells may hold line breaks). UTF-8 with or without BOM; a
 * file that is not valid UTF-8 is read as GB18030, the superset of GBK that Excel on a Chinese
 * Windows writes when it saves "CSV". The delimiter is a comma unless the first lines hold more
 * tabs or semicolons: the lines the header is looked for in, since blank and title lines above the
 * header hold none (a PDF dump starts with blank lines and its title).
 */
final class CsvTables {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** As many lines as the header is looked for in (HeaderMatcher): the title lines above it hold no delimiter. */
    private static final int HEADER_LINES = 10;

    private CsvTables() {
    }

    static Table read(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).get();
        List<TableRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(new TableRow((int) record.getRecordNumber(), record.toList()));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new CatalogFileException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
        return new Table(null, rows);
    }

    static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, GB18030);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static char delimiter(String text) {
        String firstLines = text.lines().limit(HEADER_LINES).collect(Collectors.joining("\n"));
        long commas = count(firstLines, ',');
        long tabs = count(firstLines, '\t');
        long semicolons = count(firstLines, ';');
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
