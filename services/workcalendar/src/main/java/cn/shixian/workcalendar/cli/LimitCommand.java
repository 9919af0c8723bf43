package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.timelimit.Period;
import cn.shixian.workcalendar.timelimit.TimeLimitParser;
import cn.shixian.workcalendar.timelimit.TimeLimitReading;
import cn.shixian.workcalendar.timelimit.TimeLimitReading.FirstDue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limit [--from DATE] [--region CODE] [--periods K] TEXT}: how a time-limit text reads and its first due date(s). */
@Command(name = "limit", description = {"How a time-limit text (公开时限) reads: its kind, the reading, and the first"
        + " due date for information formed or changed on --from; for a periodic text the first --periods periods.",
        "Output lines: 'kind KIND', 'reading …', then 'due DATE' or 'period KEY due DATE', each due date followed by"
        + " ' provisional' when a day that decided it has no loaded notice; a continuous text prints 'due none'."})
final class LimitCommand extends CalendarCommand {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Parameters(index = "0", paramLabel = "TEXT", description = "The time-limit text, e.g. 自受理之日起60日内出具结论.")
    private String text;

    @Option(names = "--from", paramLabel = "DATE",
            description = "The day the information was formed or changed, not counted (default: today in Beijing).")
    private LocalDate from;

    @Option(names = "--periods", defaultValue = "3", paramLabel = "K",
            description = "For a periodic text, how many periods to list (default: 3).")
    private int periods;

    @Override
    public Integer call() {
        if (periods < 1 || periods > 100) {
            throw usageError("--periods must be between 1 and 100");
        }
        LocalDate start = from == null ? LocalDate.now(BEIJING) : from;
        TimeLimitReading reading = TimeLimitParser.read(text);
        out().println("kind " + reading.kind());
        out().println("reading " + reading.summary());
        Optional<FirstDue> first = reading.firstDue(start, calendar(), region);
        if (first.isEmpty()) {
            out().println("due none");
            return 0;
        }
        if (first.get().period() == null) {
            out().println("due " + answer(first.get().due().date(), first.get().due().provisional()));
            return 0;
        }
        Period period = first.get().period();
        for (int i = 0; i < periods; i++, period = period.next()) {
            var due = reading.schedule().countFor(period).due(calendar(), region);
            out().println("period " + period.key() + " due " + answer(due.date(), due.provisional()));
        }
        return 0;
    }
}
