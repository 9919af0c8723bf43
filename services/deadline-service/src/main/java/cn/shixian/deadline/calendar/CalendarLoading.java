package cn.shixian.deadline.calendar;

import cn.shixian.contracts.CalendarLoaded;
import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.eventing.outbox.OutgoingEvents;
import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.workcalendar.CalendarException;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.NoticeReader;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import cn.shixian.workcalendar.notice.NoticeJson;
import cn.shixian.workcalendar.notice.NoticeText;
import cn.shixian.workcalendar.notice.ReadNotice;
import cn.shixian.workcalendar.notice.UnreadableNotice;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads a holiday notice (放假安排通知) at runtime, as JSON or as its text: checks it against the
 * calendar, stores it, announces it on {@code disclosure.calendars} and recounts the open
 * obligations it moves, all in one transaction; this instance switches to the new calendar when
 * that transaction commits. A dry run does the same and rolls back. A load holds the calendar lock
 * alone ({@link CurrentCalendar#lockForLoad}) and raises the calendar's generation, so no batch
 * counted on the calendar before it commits after its recount.
 */
@Service
class CalendarLoading {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CurrentCalendar current;
    private final CalendarNoticeStore store;
    private final Recount recount;
    private final List<NoticeRecount> otherRecounts;
    private final OutgoingEvents outgoing;
    private final Outbox outbox;
    private final Clock clock;

    CalendarLoading(CurrentCalendar current, CalendarNoticeStore store, Recount recount,
                    List<NoticeRecount> otherRecounts, OutgoingEvents outgoing, Outbox outbox, Clock clock) {
        this.current = current;
        this.store = store;
        this.recount = recount;
        this.otherRecounts = List.copyOf(otherRecounts);
        this.outgoing = outgoing;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@link #load(String, int, String, boolean, boolean, String)}, not a dry run. */
    @Transactional
    public NoticeLoaded load(String pathRegion, int year, String body, boolean correction, String loadedBy) {
        return load(pathRegion, year, body, correction, false, loadedBy);
    }

    /**
     * Loads a notice in the workcalendar's JSON (or holiday-cn's per-year format).
     *
     * @param correction replace a loaded notice of the same region and year that differs; without
     *                   it such a notice is refused ({@link NoticeConflict})
     * @param dryRun     do all of it, answer what changed and how many due dates moved, then roll
     *                   the transaction back: nothing is stored, announced or installed
     */
    @Transactional
    public NoticeLoaded load(String pathRegion, int year, String body, boolean correction, boolean dryRun,
                             String loadedBy) {
        RegionCode region = NoticeKey.region(pathRegion);
        return load(region, year, document(body, region, year), correction, dryRun, loadedBy);
    }

    /**
     * Loads a notice from its text as published (国务院办公厅关于X年部分节假日安排的通知, or a
     * regional one), read by {@link NoticeText}; an unreadable line is refused
     * ({@link UnreadableNotice}) and nothing is loaded.
     *
     * @param source the notice's address, kept as its source (holiday-cn's {@code papers})
     */
    @Transactional
    public NoticeLoaded loadText(String pathRegion, int year, String text, String source, boolean correction,
                                 boolean dryRun, String loadedBy) {
        RegionCode region = NoticeKey.region(pathRegion);
        ReadNotice read = NoticeText.read(text, region, year);
        return load(region, year, NoticeJson.of(read, source, null), correction, dryRun, loadedBy);
    }

    private NoticeLoaded load(RegionCode region, int year, ObjectNode document, boolean correction, boolean dryRun,
                              String loadedBy) {
        HolidayNotice notice = NoticeReader.notice(document.toString());
        // a load waits for the batches counting on the calendar it replaces, and they for it; a dry run
        // commits nothing, so it only needs the calendar as of the last committed load
        CurrentCalendar.Counted base = dryRun
                ? new CurrentCalendar.Counted(current.countingCalendar(), -1) : current.lockForLoad();
        WorkingDayCalendar before = base.calendar();
        String name = NoticeKey.name(region);
        if (before.notices().contains(notice)) {
            return new NoticeLoaded(name, year, notice.source(), notice.confidence(),
                    before.version(region).value(), false, 0, dryRun, NoticeChanges.none());
        }
        Optional<HolidayNotice> loaded = before.notice(region, year);
        boolean replaces = loaded.isPresent();
        // a year resting on a third-party dataset is provisional: its notice replaces it without a correction
        if (replaces && loaded.get().isConfirmed() && !correction) {
            throw new NoticeConflict(name + "/" + year + " is loaded already with other days: "
                    + differences(before, notice) + "; PUT it with ?correction=true to replace it");
        }
        WorkingDayCalendar after = before.withCorrectedNotice(notice);
        String version = after.version(region).value();
        OffsetDateTime loadedAt = OffsetDateTime.now(clock);
        store.save(new StoredNotice(name, year, notice.source(), notice.confidence(), document.toString(), version,
                loadedAt, loadedBy));
        outbox.append(outgoing.records(List.of(new CalendarLoaded(name, year, notice.source(),
                notice.confidence(), version, document))));
        String reason = "calendar " + name + ":" + year + (replaces ? " corrected" : " loaded");
        int moved = recount.affectedBy(notice, new DueDateRule(after, current.rule().zone()), reason,
                loadedAt.toInstant());
        for (NoticeRecount other : otherRecounts) {
            moved += other.affectedBy(notice, after, current.rule().zone(), reason, loadedAt.toInstant());
        }
        if (dryRun) {
            // the very recount that loading does, counted, then undone: the answer cannot differ from a load's
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        } else {
            long generation = base.generation() + 1;
            current.advance(generation);
            afterCommit(() -> current.install(after, generation));
        }
        return new NoticeLoaded(name, year, notice.source(), notice.confidence(), version, true, moved, dryRun,
                NoticeChanges.of(notice, before, after));
    }

    private static String differences(WorkingDayCalendar calendar, HolidayNotice notice) {
        try {
            calendar.withNotice(notice);
            return "same days, other source or confidence";
        } catch (CalendarException e) {
            return e.getMessage();
        }
    }

    /** The body as a notice of the path's region and year; a body naming others is refused. */
    private static ObjectNode document(String body, RegionCode region, int year) {
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (RuntimeException e) {
            throw new InvalidNoticeRequest("the notice is not JSON: " + e.getMessage());
        }
        if (!(parsed instanceof ObjectNode document)) {
            throw new InvalidNoticeRequest("the notice must be a JSON object");
        }
        if (document.hasNonNull("year") && document.get("year").asInt() != year) {
            throw new InvalidNoticeRequest("the notice is for year " + document.get("year").asString()
                    + ", the address says " + year);
        }
        document.put("year", year);
        if (document.hasNonNull("region") && !region.equals(NoticeKey.region(document.get("region").asString()))) {
            throw new InvalidNoticeRequest("the notice is for region " + document.get("region").asString()
                    + ", the address says " + NoticeKey.name(region));
        }
        if (region.equals(RegionCode.NATIONAL)) {
            document.remove("region"); // the workcalendar reads a notice without region as national
        } else {
            document.put("region", region.code());
        }
        return document;
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
