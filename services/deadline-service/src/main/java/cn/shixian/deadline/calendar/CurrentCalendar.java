package cn.shixian.deadline.calendar;

import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.NoticeReader;
import cn.shixian.workcalendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The calendar the deadline-service counts with: the {@link LiveCalendar} (bundled notices and
 * those other instances announce), with the notices stored in {@code calendar_notice} applied at
 * start-up, so a restart counts the same.
 *
 * <p>What is counted and committed is counted on {@link #countingRule()}: a calendar at least as new
 * as the last load committed by any instance ({@link CalendarGeneration}). The topic tells other
 * instances of a load only some time after its recount committed; a batch counting on the old
 * calendar meanwhile would commit a due date the recount never saw. The generation in the database
 * and the lock around it close that window (docs/design.md, "The calendar-load race").
 */
@Component
public class CurrentCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentCalendar.class);

    private final LiveCalendar live;
    private final CalendarNoticeStore store;
    private final CalendarGeneration generations;
    /** The calendar counted on and the generation it is known to include; replaced whole. */
    private volatile Counted counted;

    /** A calendar and the committed generation whose notices it holds. */
    record Counted(WorkingDayCalendar calendar, long generation) {
    }

    CurrentCalendar(LiveCalendar live, CalendarNoticeStore store, CalendarGeneration generations) {
        this.live = live;
        this.store = store;
        this.generations = generations;
        // the generation first: notices read after it are at least that new, so a refresh may repeat, never miss
        long generation = generations.committed();
        counted = new Counted(withStoredNotices(), generation);
    }

    /** The rule of the calendar as it is now, for reading and for checks that commit nothing. */
    public DueDateRule rule() {
        return new DueDateRule(live.calendar(), live.zone());
    }

    public WorkingDayCalendar calendar() {
        return live.calendar();
    }

    /**
     * The rule to count with in a transaction that commits due dates (an intake batch, the period
     * scheduler, an officer's reading). Take it first in the transaction, before any row is locked:
     * it holds the calendar lock shared until the transaction ends, so no load commits meanwhile,
     * and it is at least as new as every load committed before (taken from the database if this
     * instance has not heard of one yet).
     */
    public DueDateRule countingRule() {
        return new DueDateRule(countingCalendar(), live.zone());
    }

    /** The calendar of {@link #countingRule()}, under the same lock. */
    public WorkingDayCalendar countingCalendar() {
        return upTo(generations.holdShared()).calendar();
    }

    /**
     * For a calendar load: holds the calendar lock alone until the load's transaction ends, after
     * every counting transaction under way has ended; the calendar the load builds on, as of the
     * last committed load of any instance.
     */
    Counted lockForLoad() {
        return upTo(generations.holdExclusive());
    }

    /** Records that the load's transaction makes {@code generation} the committed one. */
    void advance(long generation) {
        generations.advance(generation);
    }

    /** Switches to {@code calendar}, of {@code generation}, a successor of the current one checked by the caller. */
    synchronized void install(WorkingDayCalendar calendar, long generation) {
        if (generation > counted.generation()) {
            live.update(current -> calendar);
            counted = new Counted(calendar, generation);
        }
    }

    private Counted upTo(long generation) {
        Counted now = counted;
        return now.generation() >= generation ? now : refresh(generation);
    }

    /** Another instance loaded a notice: take the stored ones, which are at least {@code generation}'s. */
    private synchronized Counted refresh(long generation) {
        if (counted.generation() < generation) {
            WorkingDayCalendar calendar = withStoredNotices();
            LOG.info("calendar generation {} committed elsewhere: counting with the stored notices", generation);
            counted = new Counted(calendar, generation);
        }
        return counted;
    }

    /** The live calendar with every stored notice in it, installed as the live one. */
    private WorkingDayCalendar withStoredNotices() {
        for (StoredNotice stored : store.all()) {
            live.update(calendar -> withStored(calendar, stored));
        }
        return live.calendar();
    }

    private static WorkingDayCalendar withStored(WorkingDayCalendar calendar, StoredNotice stored) {
        try {
            HolidayNotice notice = NoticeReader.notice(stored.document());
            return calendar.notices().contains(notice) ? calendar : calendar.withCorrectedNotice(notice);
        } catch (CalendarException e) {
            // a stored notice the bundled data now contradicts: keep running, say which one
            LOG.error("stored notice {}/{} no longer fits the bundled calendar and is not used: {}",
                    stored.region(), stored.year(), e.getMessage());
            return calendar;
        }
    }
}
