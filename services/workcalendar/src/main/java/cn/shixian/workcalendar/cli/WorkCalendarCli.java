package cn.shixian.workcalendar.cli;

import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar workcalendar-cli.jar}: due dates and working days on the command line.
 * Answers go to stdout; errors to stderr with exit code 2.
 */
@Command(name = "workcalendar", mixinStandardHelpOptions = true,
        description = "Chinese working-day calendar (工作日历): due dates, working days, holiday grids.",
        subcommands = {DueCommand.class, IsWorkdayCommand.class, BetweenCommand.class, ShowCommand.class})
public final class WorkCalendarCli {

    static final int BAD_INPUT = 2;

    static WorkingDayCalendar calendar() {
        return WorkingDayCalendar.bundled();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WorkCalendarCli());
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

    private static String describe(Exception failure) {
        if (failure instanceof CalendarException || failure instanceof DateTimeParseException) {
            return failure.getMessage();
        }
        return failure.toString();
    }
}
