package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.notice.NoticeJson;
import cn.shixian.workcalendar.notice.NoticeText;
import cn.shixian.workcalendar.notice.ReadNotice;
import cn.shixian.workcalendar.notice.UnreadableNotice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code notice parse FILE [--region CODE]}: a notice's text (放假安排通知) as the JSON the calendar loads. */
@Command(name = "notice", description = "Holiday notices (放假安排通知).", subcommands = NoticeCommand.Parse.class)
final class NoticeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return WorkCalendarCli.BAD_INPUT;
    }

    @Command(name = "parse", description = {"Reads a notice's text (UTF-8) and prints it as JSON: the State Council's"
            + " in holiday-cn's per-year format, a regional one (--region) in the workcalendar's regional format.",
        "Unreadable lines go to stderr, each with its number, exit code 2, nothing on stdout."})
    static final class Parse implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The notice's text, e.g. as copied from gov.cn.")
        private Path file;

        @Option(names = "--region", defaultValue = "00",
                description = "GB/T 2260 prefix of a regional notice (default: 00, the State Council's).")
        private RegionCode region;

        @Option(names = "--year", defaultValue = "0",
                description = "The notice's year, for an excerpt whose title does not name it.")
        private int year;

        @Option(names = "--source", defaultValue = "", paramLabel = "URL",
                description = "Where the notice was published (holiday-cn's papers; source of a regional notice).")
        private String source;

        @Option(names = "--confidence", defaultValue = "official",
                description = "A regional notice's confidence (default: official).")
        private String confidence;

        @Override
        public Integer call() {
            try {
                ReadNotice notice = NoticeText.read(Files.readString(file, StandardCharsets.UTF_8), region, year);
                notice.toNotice(source, confidence); // the calendar's own checks: years, repeated days
                spec.commandLine().getOut().println(NoticeJson.text(notice, source, confidence));
                return 0;
            } catch (UnreadableNotice e) {
                e.problems().forEach(p -> spec.commandLine().getErr().println("workcalendar: " + file + ": " + p));
                return WorkCalendarCli.BAD_INPUT;
            } catch (CalendarException e) {
                spec.commandLine().getErr().println("workcalendar: " + file + ": " + e.getMessage());
                return WorkCalendarCli.BAD_INPUT;
            } catch (IOException e) {
                spec.commandLine().getErr().println("workcalendar: cannot read " + file + " as UTF-8 text: " + e);
                return WorkCalendarCli.BAD_INPUT;
            }
        }
    }
}
