package cn.shixian.workcalendar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code workcalendar notice parse FILE [--region CODE]} in-process: the JSON on stdout, unreadable lines on stderr. */
class NoticeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path NOTICES = Path.of(System.getProperty("shixian.reference",
            "../../../shared/reference/holidays")).resolve("notices");

    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    @Test
    void printsTheStateCouncilsNoticeInHolidayCnsFormat() throws IOException {
        Run run = run("notice", "parse", NOTICES.resolve("cn-2026.txt").toString(),
                "--source", "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("year").asInt()).isEqualTo(2026);
        assertThat(json.get("papers").get(0).asString()).contains("content_7047091");
        assertThat(json.get("days")).hasSize(39);
        assertThat(json.at("/days/0").toString()).isEqualTo("{\"name\":\"元旦\",\"date\":\"2026-01-01\",\"isOffDay\":true}");
        // what it prints is what the calendar bundles
        assertThat(WorkingDayCalendar.bundled().withNotice(run.out())).isSameAs(WorkingDayCalendar.bundled());
    }

    @Test
    void printsARegionalNoticeInTheRegionalFormat() throws IOException {
        Run run = run("notice", "parse", "--region", "65", NOTICES.resolve("xj-2023-excerpt.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("region").asString()).isEqualTo("65");
        assertThat(json.get("year").asInt()).isEqualTo(2023);
        assertThat(json.get("confidence").asString()).isEqualTo("official");
        assertThat(json.get("days").valueStream().map(d -> d.get("date").asString() + " " + d.get("name").asString()))
                .containsExactly("2023-04-21 肉孜节", "2023-06-28 古尔邦节", "2023-06-29 古尔邦节", "2023-06-30 古尔邦节");
    }

    @Test
    void namesTheUnreadableLinesOnStderrWithExitCode2() throws IOException {
        Path file = dir.resolve("cn-2027.txt");
        Files.writeString(file, "国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日放假。\n二、春节：2月6日至12日放暇。\n");

        Run run = run("notice", "parse", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("line 3", "放暇").doesNotContain("line 2");
        Run missing = run("notice", "parse", dir.resolve("missing.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read", "missing.txt");
        assertThat(run("notice", "parse", "--region", "6x", file.toString()).exitCode()).isEqualTo(2);
    }

    private static Run run(String... args) {
        CommandLine cli = WorkCalendarCli.commandLine(WorkingDayCalendar.bundled(), new ByteArrayInputStream(new byte[0]));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }
}
