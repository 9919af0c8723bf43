package cn.shixian.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.importer.CatalogImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI in-process, as {@code java -jar catalog-importer-cli.jar} runs it: stdout, stderr, exit codes. */
class ImportCliTest {

    private static final String CATALOG = """
            序号,一级事项,二级事项,公开时限,公开主体,公开渠道和载体,公开方式
            1,社会保险登记,职工参保登记,公开事项信息形成或变更之日起20个工作日内公开,人社局,政府网站、政务服务中心,主动
            2,社会保险登记,参保单位注销,即时,,政府网站,依申请
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final StringWriter stderr = new StringWriter();

    @Test
    void writesNdjsonToStdoutAndASummaryToStderr() throws IOException {
        Path file = Files.writeString(dir.resolve("654002.csv"), CATALOG);

        int exit = run(file.toString(), "--region", "654002", "--changed-at", "2025-09-24T10:30:00+08:00");

        assertThat(exit).isZero();
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        EventCodec codec = new EventCodec();
        ItemCreated first = (ItemCreated) codec.decode(lines.getFirst().getBytes(StandardCharsets.UTF_8)).data();
        assertThat(first.title()).isEqualTo("职工参保登记");
        assertThat(first.changedAt()).isEqualTo(OffsetDateTime.parse("2025-09-24T10:30:00+08:00"));
        assertThat(stderr.toString()).isEqualTo(file + ": cells filled from the row above (merged cells): 公开主体 1"
                + System.lineSeparator() + file + ": 2 items written to stdout, 0 rows failed" + System.lineSeparator());
    }

    @Test
    void writesToTheOutFileAndReportsFailedRowsWithExitCode1() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.csv"), CATALOG + "3,社会保险登记,企业注销,即时,人社局,,不公开\n");
        Path out = dir.resolve("events.ndjson");

        int exit = run(file.toString(), "--region", "650500", "--out", out.toString(), "--source", "https://hami.gov.cn/catalog",
                "--responsible-body", "哈密市人社局");

        assertThat(exit).isEqualTo(1);
        assertThat(Files.readAllLines(out)).hasSize(2).allMatch(line -> line.contains("\"source\":\"https://hami.gov.cn/catalog\""));
        assertThat(Files.readString(out)).contains("\"responsibleBody\":\"人社局\"").doesNotContain("哈密市人社局");
        assertThat(stderr.toString()).contains(file + ": row 4: 公开方式 '不公开' names neither 主动 nor 依申请")
                .contains("2 items written to " + out + ", 1 rows failed");
        assertThat(stdout.size()).isZero();
    }

    @Test
    void headingsAndRowsOfOnlyA序号AreReportedOnStderr() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.csv"), """
                序号,一级事项,二级事项,公开时限,公开主体,公开渠道和载体,公开方式
                一、社会保险,,,,,,
                1,,职工参保登记,公开事项信息形成或变更之日起20个工作日内公开,人社局,政府网站,主动
                2,,,,,,
                """);

        int exit = run(file.toString(), "--region", "654002");

        assertThat(exit).isEqualTo(1);
        assertThat(stderr.toString()).contains(file + ": row 2: heading 一、社会保险")
                .contains(file + ": row 4: only 2 (序号) is filled: no 事项 name")
                .contains(file + ": cells filled from the row above (merged cells): 一级事项 1")
                .contains("1 items written to stdout, 1 rows failed");
    }

    @Test
    void theSameImportTwiceWritesTheSameBytes() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.csv"), CATALOG);
        Path first = dir.resolve("first.ndjson");
        Path second = dir.resolve("second.ndjson");

        run(file.toString(), "--region", "654002", "--out", first.toString());
        run(file.toString(), "--region", "654002", "--out", second.toString());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void usageAndFileErrorsExitWith2AndWriteNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("catalog.csv"), CATALOG);
        Path notes = Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");

        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(stderr.toString()).contains("Missing required option: '--region=CODE'").contains("Usage:");
        assertThat(run(file.toString(), "--region", "6540")).isEqualTo(2);
        assertThat(stderr.toString()).contains("region '6540' is not a 6-digit GB/T 2260 code");
        assertThat(run(file.toString(), "--region", "654002", "--changed-at", "2025-09-24")).isEqualTo(2);
        assertThat(stderr.toString()).contains("'2025-09-24' is not a date-time with offset");
        assertThat(run(dir.resolve("missing.csv").toString(), "--region", "654002")).isEqualTo(2);
        assertThat(stderr.toString()).contains("missing.csv: no such file");
        assertThat(run(notes.toString(), "--region", "654002")).isEqualTo(2);
        assertThat(stderr.toString()).contains("notes.csv: no header row");
        assertThat(run(file.toString(), "--region", "654002", "--out", "x.ndjson", "--bootstrap-servers", "127.0.0.1:9092"))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("mutually exclusive");
        assertThat(run(file.toString(), "--region", "654002", "--out", dir.resolve("no/such/dir/e.ndjson").toString()))
                .isEqualTo(2);
        assertThat(stderr.toString()).contains("cannot write");
        assertThat(stdout.size()).isZero();
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("--bootstrap-servers=HOST:PORT").contains("Exit codes:");
    }

    private int run(String... args) {
        CommandLine cli = ImportCli.commandLine(
                new CatalogImporter(Clock.fixed(Instant.parse("2025-09-24T02:30:00Z"), ZoneOffset.UTC)), new Sinks(stdout));
        cli.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(stderr, true));
        return cli.execute(args);
    }
}
