package cn.shixian.deadline.eventlog;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One month of the event log (事件日志的月分区): the events whose own time falls in that UTC month,
 * in the table {@code item_event_YYYY_MM} while online and {@code item_event_archive_YYYY_MM} once
 * detached. UTC, not the calendar's zone: the bounds must never move with a setting, or a
 * partition made later would overlap one made before.
 */
record MonthPartition(YearMonth month) {

    private static final String ONLINE_PREFIX = "item_event_";
    private static final String ARCHIVE_PREFIX = "item_event_archive_";
    private static final Pattern ONLINE = Pattern.compile("item_event_(\\d{4})_(\\d{2})");
    private static final Pattern ARCHIVE = Pattern.compile("item_event_archive_(\\d{4})_(\\d{2})");

    MonthPartition {
        if (month.getYear() < 1000 || month.getYear() > 9999) {
            // four digits keep the names unique and in order; other years stay in the default partition
            throw new IllegalArgumentException("an event log month has a four-digit year, not " + month);
        }
    }

    /**
     * The month of an online partition's table, or empty for any other name: the default partition,
     * or an archive the operator attached back, which stays until they detach it again.
     */
    static Optional<MonthPartition> ofTable(String table) {
        return parse(ONLINE, table);
    }

    /** The month of a detached month's table, or empty for any other name. */
    static Optional<MonthPartition> ofArchive(String table) {
        return parse(ARCHIVE, table);
    }

    private static Optional<MonthPartition> parse(Pattern pattern, String table) {
        Matcher name = pattern.matcher(table);
        if (!name.matches()) {
            return Optional.empty();
        }
        int monthOfYear = Integer.parseInt(name.group(2));
        return monthOfYear < 1 || monthOfYear > 12 ? Optional.empty()
                : Optional.of(new MonthPartition(YearMonth.of(Integer.parseInt(name.group(1)), monthOfYear)));
    }

    String table() {
        return ONLINE_PREFIX + suffix();
    }

    String archiveTable() {
        return ARCHIVE_PREFIX + suffix();
    }

    /** The first instant of the month (inclusive bound). */
    Instant from() {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The first instant of the next month (exclusive bound). */
    Instant to() {
        return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return month.toString();
    }

    private String suffix() {
        return "%04d_%02d".formatted(month.getYear(), month.getMonthValue());
    }
}
