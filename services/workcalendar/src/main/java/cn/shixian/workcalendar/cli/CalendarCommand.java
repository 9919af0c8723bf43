package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand of {@link WorkCalendarCli} shares: the {@code --region} option, the
 * calendar, stdin and stdout, usage errors (exit code 2) and the {@code provisional} mark of an answer.
 */
abstract class CalendarCommand implements Callable<Integer> {

    @ParentCommand
    private WorkCalendarCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--region", defaultValue = "00",
            description = "GB/T 2260 code, 2, 4 or 6 digits (default: 00, national).")
    RegionCode region;

    WorkingDayCalendar calendar() {
        return cli.calendar();
    }

    InputStream stdin() {
        return cli.stdin();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A wrong use of the command: its message on stderr, exit code 2 (the handler {@link WorkCalendarCli} sets). */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** The answer, followed by {@code " provisional"} when a day that decided it has no loaded notice. */
    static String answer(Object value, boolean provisional) {
        return provisional ? value + " provisional" : value.toString();
    }
}
