package cn.shixian.workcalendar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The CLI in-process: what it prints on stdout and stderr, and its exit codes. */
class WorkCalendarCliTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        CommandLine cli = WorkCalendarCli.commandLine(WorkingDayCalendar.bundled(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsTheDueDate() {
        assertThat(run("", "due", "2025-09-24", "20")).isEqualTo(new Run(0, "2025-10-28\n", ""));
        assertThat(run("", "due", "--region", "654002", "2025-03-20", "20")).isEqualTo(new Run(0, "2025-04-21\n", ""));
        assertThat(run("", "due", "2026-12-20", "20")).isEqualTo(new Run(0, "2027-01-18 provisional\n", ""));
    }

    @Test
    void answersABatchLineByLineInOrder() {
        String lines = "2025-09-24 20\n2025-03-20 20 654002\n\n2026-12-20 20\n2025-09-28 0 00\n";

        assertThat(run(lines, "due", "--batch"))
                .isEqualTo(new Run(0, "2025-10-28\n2025-04-21\n2027-01-18 provisional\n2025-09-28\n", ""));
        assertThat(run("2025-03-20 20\n", "due", "--batch", "--region", "65").out()).isEqualTo("2025-04-21\n");
    }

    @Test
    void stopsABatchAtTheFirstBadLineWithExitCode2() {
        Run run = run("2025-09-24 20\n2025-02-30 20\n2025-09-24 20\n", "due", "--batch");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("2025-10-28\n");
        assertThat(run.err()).contains("line 2", "2025-02-30");
    }

    @Test
    void readsATimeLimitAndPrintsItsFirstDueDates() {
        assertThat(run("", "limit", "--from", "2025-09-24", "自受理之日起60日内出具结论")).isEqualTo(new Run(0, """
                kind CALENDAR_DAYS
                reading 60 calendar days (the last day moved to the next working day if it is none)
                due 2025-11-24
                """, ""));
        assertThat(run("", "limit", "--from", "2025-10-05", "--periods", "2", "每季度结束后15个工作日内")).isEqualTo(
                new Run(0, """
                        kind PERIODIC
                        reading each quarter: 15 working days after its end
                        period 2025-Q3 due 2025-10-28
                        period 2025-Q4 due 2026-01-22
                        """, ""));
        assertThat(run("", "limit", "--from", "2025-09-26", "--periods", "1", "每月25日前").out())
                .isEqualTo("kind FIXED_DATE\nreading each month: by day 25 of the month\nperiod 2025-10 due 2025-10-25\n");
        assertThat(run("", "limit", "长期公开").out()).endsWith("due none\n");
        assertThat(run("", "limit", "--from", "2026-12-20", "按规定办理").out()).isEqualTo("""
                kind WORKING_DAYS
                reading unparsed (no time limit found (expected N个工作日 or 即时)): the default 20 working days
                due 2027-01-18 provisional
                """);
        assertThat(run("", "limit", "--periods", "0", "每月25日前").exitCode()).isEqualTo(2);
    }

    @Test
    void answersIsWorkdayAndBetween() {
        assertThat(run("", "is-workday", "2025-09-28")).isEqualTo(new Run(0, "yes\n", ""));
        assertThat(run("", "is-workday", "--region", "65", "2025-03-31")).isEqualTo(new Run(0, "no\n", ""));
        assertThat(run("", "is-workday", "2027-01-01")).isEqualTo(new Run(0, "no provisional\n", ""));
        assertThat(run("", "between", "2025-09-24", "2025-10-28")).isEqualTo(new Run(0, "20\n", ""));
        assertThat(run("", "between", "2025-10-28", "2025-09-24")).isEqualTo(new Run(0, "-20\n", ""));
    }

    @Test
    void showsAYearAsMonthGrids() {
        Run national = run("", "show", "2025");
        Run provisional = run("", "show", "2027");

        assertThat(national.exitCode()).isZero();
        assertThat(national.out()).contains("2025-10", "  1*  2*  3*", "11+ 12", "Mo  Tu  We  Th  Fr  Sa  Su");
        assertThat(national.out()).doesNotContain("provisional:");
        assertThat(provisional.out()).contains("provisional: no State Council notice for 2027", "  1?  2   3");
        // Xinjiang 2021 has no notice: 肉孜节 (2021-05-13) computed from its standing rule
        assertThat(run("", "show", "--region", "65", "2021").out()).contains(" 13?")
                .contains("provisional: no regional notice of 65 新疆维吾尔自治区 for 2021", "  2021: not announced");
    }

    @Test
    void showsTheLayersOfARegionWithTheYearsSourceAndConfidence() {
        Run lhasa = run("", "show", "--region", "540102", "2026");

        assertThat(lhasa.out()).contains("layer 5401 拉萨市: Lhasa: 藏历新年",
                "  2026: news report of the notice; source 中新社拉萨2026-01-28电", " 24* 25* 26* 27  28+");
        assertThat(run("", "show", "--region", "650500", "2026").out()).contains("layer 65 新疆维吾尔自治区",
                "  2026: third-party dataset or unofficial page (provisional); source 肉孜节: kitsuyui/hyper-calendar");
    }

    @Test
    void reportsBadInputOnStderrWithExitCode2AndNothingOnStdout() {
        String[][] bad = {
                {"due", "2025-13-01", "20"}, {"due", "2025-09-24", "-1"}, {"due", "2025-09-24", "x"},
                {"due", "--region", "650", "2025-09-24", "20"}, {"due", "1999-12-31", "1"}, {"due", "2025-09-24"},
                {"due", "--batch", "2025-09-24", "20"}, {"is-workday", "tomorrow"}, {"between", "2025-01-01"},
                {"show", "2101"}, {"nonsense"}, {},
        };
        for (String[] args : bad) {
            Run run = run("", args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
            assertThat(run.err()).as(String.join(" ", args)).isNotBlank();
        }
    }
}
