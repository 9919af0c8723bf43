package cn.shixian.importer.seed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes seed items as a catalog CSV the way the catalogs lay out their table: a two-row header
 * (公开事项 over its levels, 公开对象 over 全社会 | 特定群体, 公开方式 over 主动 | 依申请), √ for a
 * check mark, channels joined by 、. UTF-8 without BOM, LF line ends, quotes only where needed. A
 * catalog of service guides gets a last column 办理时限; the others, which state none, do not.
 * Every cell written out ({@link #write}), or as a workbook with merged cells saves as CSV
 * ({@link #writeMerged}, see {@link ExportedMerges}).
 */
final class SampleCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private SampleCsv() {
    }

    /** @param levelNames the seed's own names of the three 事项 levels, e.g. 主项, 子项, 二级子项 */
    static String write(List<SeedItem> items, List<String> levelNames) {
        return write(items, levelNames, UnaryOperator.identity());
    }

    /** The same table with the cells a merge covers below its first row left blank. */
    static String writeMerged(List<SeedItem> items, List<String> levelNames) {
        return write(items, levelNames, new ExportedMerges()::blank);
    }

    private static String write(List<SeedItem> items, List<String> levelNames, UnaryOperator<List<String>> export) {
        StringWriter out = new StringWriter();
        // last, so that the columns before it (and ExportedMerges' positions) are those of every catalog
        boolean processing = items.stream().anyMatch(item -> !item.processingLimit().isEmpty());
        // the header by hand: commons-csv would quote the empty first cell of its second row
        out.write("序号,公开事项,,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级"
                + (processing ? ",办理时限\n" : "\n"));
        out.write("," + String.join(",", levelNames) + ",,,,,,全社会,特定群体,主动,依申请," + (processing ? ",\n" : "\n"));
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (SeedItem item : items) {
                List<String> record = record(item);
                if (processing) {
                    record.add(item.processingLimit());
                }
                csv.printRecord(export.apply(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> record(SeedItem item) {
        SeedItem.Marks marks = item.marks();
        return new ArrayList<>(List.of(String.valueOf(item.serial()), item.level1(), item.level2(), item.level3(),
                item.content(), item.basis(), item.timeLimit(), item.body(), String.join("、", item.channels()),
                mark(marks.everyone()), mark(marks.specificGroups()), mark(marks.active()), mark(marks.onRequest()),
                item.level()));
    }

    private static String mark(boolean checked) {
        return checked ? "√" : "";
    }
}
