package cn.shixian.workcalendar.timelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every distinct time-limit text of the five seed catalogs ({@code ../shared/seeds/}), listed in
 * {@code timelimit/seed-time-limits.tsv} with how it must read: the 公开时限 column of each catalog
 * and the 办理时限 of each service item.
 */
class SeedTimeLimitsTest {

    private static final String RESOURCE = "/timelimit/seed-time-limits.tsv";

    /** "5.办理时限：即时办结   6.结果送达" inside a content cell (catalog 000). */
    private static final Pattern INLINE_LIMIT = Pattern.compile("\\d\\s*[.．]\\s*办理时限[：:\\s]*([^\\n]*?)(?=\\s*\\d+\\s*[.．]|\\n|$)");
    /** A "办理时限" row of its own, its value on the lines up to "结果送达" (catalog 003). */
    private static final Pattern BLOCK_LIMIT = Pattern.compile("(?ms)^\\s*办理时限\\s*$(.*?)^\\s*结果送达\\s*$");
    /** Table cells: tab-separated (000-002) or blank-line-separated (004, a PDF dump). */
    private static final Pattern CELL_BREAK = Pattern.compile("\\t|\\n\\s*\\n");

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvFileSource(resources = RESOURCE, delimiter = '\t', numLinesToSkip = 1, maxCharsPerColumn = 1000)
    void readsEverySeedTextAsListed(String text, TimeLimitKind kind, int days, String extensionOrUnparsed,
                                    String problem) throws ReflectiveOperationException {
        TimeLimitReading reading = TimeLimitParser.read(text);

        assertThat(reading.kind()).isEqualTo(kind);
        assertThat(reading.days()).isEqualTo(days);
        assertThat(reading.text()).isEqualTo(text);
        if (extensionOrUnparsed.equals("UNPARSED")) {
            assertThat(reading.unparsed()).isTrue();
            assertThat(reading.extensionDays()).isZero();
            assertThat(reading.problem()).isEqualTo(TimeLimitProblems.class.getField(problem).get(null));
        } else {
            assertThat(reading.unparsed()).as(reading.problem()).isFalse();
            assertThat(reading.extensionDays()).isEqualTo(Integer.parseInt(extensionOrUnparsed));
            assertThat(reading.problem()).isNull();
        }
    }

    /**
     * The list is the seeds' texts, no more and no fewer (white space aside). Fails, never skips, when
     * the seeds are missing (CI always has {@code ../shared/} beside the clone).
     */
    @Test
    void listsExactlyTheTimeLimitTextsOfTheSeeds() throws IOException {
        Path seeds = Path.of(System.getProperty("shixian.seeds", "../../../shared/seeds"));
        if (!Files.isDirectory(seeds)) {
            throw new AssertionError("no seed catalogs at " + seeds.toAbsolutePath().normalize()
                    + ": this test compares timelimit/seed-time-limits.tsv with the real catalogs of ../shared/seeds/,"
                    + " which must sit beside the clone (as on CI); elsewhere pass -Dshixian.seeds=DIR");
        }

        assertThat(listed()).isEqualTo(extracted(seeds));
    }

    private static Set<String> listed() throws IOException {
        Set<String> texts = new TreeSet<>();
        try (InputStream in = SeedTimeLimitsTest.class.getResourceAsStream(RESOURCE)) {
            String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            tsv.lines().skip(1).forEach(line -> texts.add(compact(line.split("\t")[0])));
        }
        return texts;
    }

    private static Set<String> extracted(Path seeds) throws IOException {
        Set<String> texts = new TreeSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String catalog = Files.readString(file);
                addGroups(texts, INLINE_LIMIT.matcher(catalog));
                addGroups(texts, BLOCK_LIMIT.matcher(catalog));
                CELL_BREAK.splitAsStream(catalog).map(SeedTimeLimitsTest::compact)
                        .filter(cell -> cell.contains("之日起") && cell.contains("工作日"))
                        .forEach(texts::add);
            }
        }
        return texts;
    }

    private static void addGroups(Set<String> texts, Matcher matcher) {
        while (matcher.find()) {
            String text = compact(matcher.group(1));
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
    }

    /** Without white space: a PDF dump breaks "信息形成\n或变更之\n日起20个\n工作日内" into lines. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\\u3000\\u00A0]+", "");
    }
}
