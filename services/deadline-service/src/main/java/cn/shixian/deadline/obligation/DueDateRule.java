package cn.shixian.deadline.obligation;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.ItemRevision;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.DueDate;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import cn.shixian.workcalendar.timelimit.DueCount;
import cn.shixian.workcalendar.timelimit.Period;
import cn.shixian.workcalendar.timelimit.Schedule;
import cn.shixian.workcalendar.timelimit.TimeLimitParser;
import cn.shixian.workcalendar.timelimit.TimeLimitReading;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * How a due date (截止日期) is counted (docs/design.md rule 2 and "Time limits"): by the kind of the
 * item's time limit, from the local day of {@code changedAt} (the N-th working day after it, the N-th
 * calendar day moved off a day off, the same day) or from the first period due after it, in the
 * region's calendar; overdue from the start of the next day in the region's zone. One instance per
 * calendar version: the calendar is immutable.
 */
public final class DueDateRule {

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public DueDateRule(WorkingDayCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * What a revision opens: for an actively published item (主动公开) the obligation of its time limit,
     * none for one published on request (依申请公开).
     */
    Optional<Opening> opening(ItemRevision revision) {
        return revision.mode() == DisclosureMode.ACTIVE ? open(revision) : Optional.empty();
    }

    /** What a revision opens read by an officer's {@code reading} (one that reads its text). */
    Optional<Opening> opening(ItemRevision revision, OfficerReading reading) {
        return revision.mode() == DisclosureMode.ACTIVE
                ? open(revision.itemId(), revision.version(), revision.region(), revision.responsibleBody(),
                        revision.title(), revision.changedAt(), StatedTimeLimit.reading(reading.limit()))
                : Optional.empty();
    }

    /**
     * The obligation a revision opens, and for a periodic time limit its schedule and the period the
     * obligation is for (the schedule opens the next one when it begins).
     */
    record Opening(Obligation obligation, Schedule schedule, Period period) {

        /** The period after this one, for the schedule to open; null when the time limit does not recur. */
        Period nextPeriod() {
            return period == null ? null : period.next();
        }
    }

    /**
     * Why the intake would refuse this revision (the dead-letter reason {@code out-of-range}): its
     * due date cannot be counted on the calendar (changedAt or the due date outside
     * {@link WorkingDayCalendar#FIRST_DAY} … {@link WorkingDayCalendar#LAST_DAY}). The one check
     * behind both doors: the intake counts with {@link #opening}, and {@code POST /api/events} asks
     * this before it produces.
     */
    public Optional<CalendarException> refusal(ItemRevision revision) {
        try {
            opening(revision);
            return Optional.empty();
        } catch (CalendarException e) {
            return Optional.of(e);
        }
    }

    /**
     * The obligation a revision of an actively published item opens: counted from the day it changed,
     * or for a periodic limit the first period due after it; none for a continuous one (长期公开).
     */
    private Optional<Opening> open(ItemRevision revision) {
        return open(revision.itemId(), revision.version(), revision.region(), revision.responsibleBody(),
                revision.title(), revision.changedAt(), read(revision.timeLimit()));
    }

    /**
     * What the latest version of {@code item} opens when read by an officer's {@code reading}, as if it
     * had been read so from the start; none for a continuous reading.
     */
    Optional<Opening> reopening(Item item, OfficerReading reading) {
        return open(item.itemId(), item.latestVersion(), item.region(), item.responsibleBody(), item.title(),
                item.changedAt(), StatedTimeLimit.reading(reading.limit()));
    }

    private Optional<Opening> open(String itemId, int version, String region, String responsibleBody, String title,
                                   OffsetDateTime changedAt, TimeLimitReading limit) {
        LocalDate changedOn = changedAt.atZoneSameInstant(zone).toLocalDate();
        return limit.firstDue(changedOn, calendar, RegionCode.of(region)).map(first -> {
            DueDate due = first.due();
            DueCount count = first.count();
            Obligation obligation = new Obligation(itemId, version, region, responsibleBody, title, changedAt,
                    changedOn, count.days(), limit.extensionDays(), limit.text(), limit.unparsed(), due.date(),
                    endOf(due.date()), due.calendarVersion().value(), due.provisional(), ObligationState.OPEN, null,
                    null, null, limit.kind(), count.unit(), count.from(),
                    first.period() == null ? null : first.period().key());
            return new Opening(obligation, first.period() == null ? null : limit.schedule(), first.period());
        });
    }

    /**
     * The obligation of a later {@code period} of {@code schedule}, for the same version as
     * {@code earlier} (an obligation of an earlier period of it): counted from the period's end or
     * on its named day, on this calendar.
     */
    Obligation openPeriod(Obligation earlier, Schedule schedule, Period period) {
        DueCount count = schedule.countFor(period);
        DueDate due = count.due(calendar, RegionCode.of(earlier.region()));
        return earlier.forPeriod(period.key(), count, due.date(), endOf(due.date()), due.calendarVersion().value(),
                due.provisional());
    }

    /** The obligation counted again on this calendar; the same obligation if nothing changed. */
    Obligation recount(Obligation obligation) {
        DueDate due = obligation.count().due(calendar, RegionCode.of(obligation.region()));
        return obligation.rescheduled(due.date(), endOf(due.date()), due.calendarVersion().value(),
                due.provisional());
    }

    /** The obligation met by a publication at {@code publishedAt}, on time or late. */
    Obligation meet(Obligation obligation, OffsetDateTime publishedAt) {
        LocalDate publishedOn = publishedAt.atZoneSameInstant(zone).toLocalDate();
        int daysLate = publishedOn.isAfter(obligation.dueOn())
                ? calendar.workingDaysBetween(obligation.dueOn(), publishedOn, RegionCode.of(obligation.region()))
                        .workingDays()
                : 0;
        return obligation.met(publishedAt, daysLate);
    }

    /**
     * The time limit: the reading the producer states ({@code kind}), else N working days if the number
     * is given, else the text read, else the default 20.
     */
    static TimeLimitReading read(TimeLimit limit) {
        if (limit != null && limit.kind() != null) {
            return StatedTimeLimit.reading(limit);
        }
        if (limit != null && limit.workingDays() != null) {
            return TimeLimitReading.workingDays(limit.text(), limit.workingDays(), 0);
        }
        if (limit == null || limit.text() == null || limit.text().isBlank()) {
            // no time limit stated: the statutory default applies, nothing to flag
            return TimeLimitReading.workingDays(null, TimeLimit.DEFAULT_WORKING_DAYS, 0);
        }
        return TimeLimitParser.read(limit.text(), TimeLimit.DEFAULT_WORKING_DAYS);
    }

    private OffsetDateTime endOf(LocalDate dueOn) {
        ZonedDateTime nextDay = dueOn.plusDays(1).atStartOfDay(zone);
        return nextDay.toOffsetDateTime();
    }
}
