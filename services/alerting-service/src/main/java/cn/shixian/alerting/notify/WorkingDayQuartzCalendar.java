package cn.shixian.alerting.notify;

import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.io.Serial;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Supplier;
import org.quartz.impl.calendar.BaseCalendar;

/**
 * A Quartz calendar of working days (工作日): a time is included when its date, in the given zone,
 * is a working day in at least one of the regions, by the workcalendar. So a trigger modified by it
 * skips weekends and holidays and fires on a make-up working day (调休上班), also a Sunday.
 *
 * <p>The clustered JDBC job store keeps calendars serialized in {@code QRTZ_CALENDARS} and
 * deserializes them whenever a trigger needs one, so this object can hold no Spring bean: it keeps
 * the zone and regions and asks the process's live calendar ({@link #use}) for the days, so a
 * holiday notice loaded at runtime counts at once.
 */
final class WorkingDayQuartzCalendar extends BaseCalendar {

    @Serial
    private static final long serialVersionUID = 1L;

    // static, so not serialized; the bundled calendar until the service hands over its live one
    private static volatile Supplier<WorkingDayCalendar> workingDays = WorkingDayCalendar::bundled;

    private final String zone;
    private final ArrayList<String> regions;

    /** @param regions GB/T 2260 codes or prefixes; empty means the national calendar */
    WorkingDayQuartzCalendar(ZoneId zone, Collection<String> regions) {
        super(java.util.TimeZone.getTimeZone(zone));
        this.zone = zone.getId();
        this.regions = new ArrayList<>(regions.isEmpty() ? java.util.List.of(RegionCode.NATIONAL.code()) : regions);
        setDescription("working days (工作日) in any of " + this.regions);
    }

    /** Where every instance of this class in the process finds the current working-day calendar. */
    static void use(Supplier<WorkingDayCalendar> calendar) {
        workingDays = calendar;
    }

    @Override
    public boolean isTimeIncluded(long timeStamp) {
        return super.isTimeIncluded(timeStamp) && isWorkingDay(dateOf(timeStamp));
    }

    @Override
    public long getNextIncludedTime(long timeStamp) {
        long candidate = super.getNextIncludedTime(timeStamp);
        LocalDate date = dateOf(candidate);
        if (isWorkingDay(date)) {
            return candidate;
        }
        // the calendar finds the next working day in O(1): no loop over the days of a holiday
        WorkingDayCalendar calendar = workingDays.get();
        LocalDate next = regions.stream().map(region -> calendar.nextWorkingDay(date, code(region)).date())
                .min(LocalDate::compareTo).orElseThrow();
        return next.atStartOfDay(ZoneId.of(zone)).toInstant().toEpochMilli();
    }

    private boolean isWorkingDay(LocalDate date) {
        WorkingDayCalendar calendar = workingDays.get();
        return regions.stream().anyMatch(region -> calendar.isWorkingDay(date, code(region)).workingDay());
    }

    private LocalDate dateOf(long timeStamp) {
        return Instant.ofEpochMilli(timeStamp).atZone(ZoneId.of(zone)).toLocalDate();
    }

    private static RegionCode code(String region) {
        return OfficeHoursPolicy.regionCode(region);
    }
}
