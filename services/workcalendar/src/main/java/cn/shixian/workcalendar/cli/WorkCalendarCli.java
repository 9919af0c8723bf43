package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.DueQuery;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar workcalendar-cli.jar}: due dates and working days on the command line, on the
 * bundled calendar. Answers go to stdout; errors to stderr with exit code 2 and nothing on stdout.
 */
@Command(name = "workcalendar", mixinStandardHelpOptions = true, versionProvider = WorkCalendarCli.BundledVersion.class,
        description = "Chinese working-day calendar (工作日历): due dates, working days, holiday grids, notices read from their text.",
        subcommands = {DueCommand.class, IsWorkdayCommand.class, BetweenCommand.class, ShowCommand.class,
            LimitCommand.class, NoticeCommand.class})
public final class WorkCalendarCli implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    /** {@code --version}: which calendar the answers come from. */
    static final class BundledVersion implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"workcalendar, bundled calendar " + WorkingDayCalendar.bundled().version()};
        }
    }

    private final WorkingDayCalendar calendar;
    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    WorkCalendarCli(WorkingDayCalendar calendar, InputStream stdin) {
        this.calendar = calendar;
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(WorkingDayCalendar.bundled(), System.in);
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }

    static CommandLine commandLine(WorkingDayCalendar calendar, InputStream stdin) {
        CommandLine cli = new CommandLine(new WorkCalendarCli(calendar, stdin));
        cli.registerConverter(LocalDate.class, text -> converted(() -> DueQuery.parseDate(text)));
        cli.registerConverter(RegionCode.class, text -> converted(() -> RegionCode.of(text)));
        cli.setExecutionExceptionHandler((failure, command, parsed) -> {
            command.getErr().println("workcalendar: " + describe(failure));
            return BAD_INPUT;
        });
        cli.setParameterExceptionHandler((failure, args) -> {
            failure.getCommandLine().getErr().println("workcalendar: " + failure.getMessage());
            return BAD_INPUT;
        });
        return cli;
    }

    /** Without a command: the usage, on stderr, as an error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    WorkingDayCalendar calendar() {
        return calendar;
    }

    InputStream stdin() {
        return stdin;
    }

    /** Our message for a bad argument, without picocli's wrapping of the exception. */
    private static <T> T converted(Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (CalendarException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    private static String describe(Exception failure) {
        return failure instanceof CalendarException ? failure.getMessage() : failure.toString();
    }
}
