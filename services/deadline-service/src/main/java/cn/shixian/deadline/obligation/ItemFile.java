package cn.shixian.deadline.obligation;

import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.ItemPublished;
import cn.shixian.contracts.ItemRetired;
import cn.shixian.contracts.ItemRevision;
import cn.shixian.contracts.TimeLimitSet;
import cn.shixian.workcalendar.timelimit.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the service must know of one item to apply its next event (事项档案): the latest
 * revision, its open obligations and its held publications (those of versions not seen yet; every
 * other publication lives only in the event log). Events are applied
 * in order (one partition per item); the file remembers what changed so the caller can write it
 * back in one batch. Plain Java: no I/O, no Spring.
 */
public final class ItemFile {

    private final String itemId;
    private Item item;
    private boolean itemChanged;
    private final Map<ObligationKey, Obligation> obligations = new LinkedHashMap<>();
    private final Set<ObligationKey> newKeys = new LinkedHashSet<>();
    private final Set<ObligationKey> changedKeys = new LinkedHashSet<>();
    private final List<Publication> held;
    private final List<Publication> pending = new ArrayList<>();
    private final List<Publication> newPublications = new ArrayList<>();
    private boolean scheduleStarted;

    /**
     * @param item the stored item, null if never seen
     * @param open its open obligations (and, for {@link #openBegunPeriods}, the latest period's obligation
     *             of its latest version, whatever its state)
     * @param held its held publications: of versions newer than {@code item}'s (one that is not is
     *             simply {@link #released()})
     */
    public ItemFile(String itemId, Item item, Collection<Obligation> open, Collection<Publication> held) {
        this.itemId = itemId;
        this.item = item;
        open.forEach(o -> obligations.put(ObligationKey.of(o), o));
        this.held = List.copyOf(held);
        this.pending.addAll(held);
    }

    /** Applies one event; deadline events it yields go to {@code out}, in order. */
    public Disposition apply(String eventId, EventData data, DueDateRule rule, Consumer<EventData> out) {
        return switch (data) {
            case ItemRevision revision -> revise(revision, rule, out);
            case ItemPublished published -> publish(Publication.of(eventId, published), rule, out);
            case ItemRetired retired -> retire(retired, out);
            default -> throw new IllegalArgumentException(data.eventType() + " is not an item event");
        };
    }

    private Disposition revise(ItemRevision revision, DueDateRule rule, Consumer<EventData> out) {
        if (item != null && revision.version() <= item.latestVersion()) {
            return Disposition.STALE;
        }
        // an officer's reading holds while the revision keeps the text it reads
        OfficerReading reading = item == null || item.reading() == null || !item.reading().reads(revision.timeLimit())
                ? null : item.reading();
        // count first: a date the calendar refuses must leave the file untouched
        DueDateRule.Opening opening = (reading == null ? rule.opening(revision) : rule.opening(revision, reading))
                .orElse(null);
        Obligation opened = opening == null ? null : opening.obligation();
        Obligation met = opened == null ? null : earliestCovering(opened)
                .map(p -> rule.meet(opened, p.publishedAt())).orElse(null);
        item = Item.of(revision, reading);
        if (opening != null && opening.schedule() != null) {
            item = item.scheduled(opening.schedule(), opening.nextPeriod());
            scheduleStarted = true;
        }
        itemChanged = true;
        // a publication older than this version can meet no obligation still to come
        pending.removeIf(p -> !p.covers(revision.version()));
        if (opened != null) {
            record(opened, true);
            out.accept(opened.opened(revision.category()));
        }
        if (met != null) {
            record(met, false);
            out.accept(met.metEvent());
        }
        return Disposition.APPLIED;
    }

    /**
     * Opens every period of the item's schedule that has begun by {@code today} (the period
     * scheduler's step, docs/design.md "Time limits"): each for the latest version, counted on this
     * calendar. Nothing for an item without a schedule, retired, or with no period begun.
     */
    public void openBegunPeriods(LocalDate today, DueDateRule rule, Consumer<EventData> out) {
        if (item == null || item.retiredAt() != null || !item.periodBegunBy(today)) {
            return;
        }
        Obligation latest = latestPeriodOf(item.latestVersion()).orElseThrow(() -> new IllegalStateException(
                "item " + itemId + " has a schedule but no obligation of a period of version " + item.latestVersion()));
        // counted first, all of them: a period the calendar refuses must leave the file untouched
        List<Obligation> opened = new ArrayList<>();
        Period period = item.nextPeriod();
        for (; !period.start().isAfter(today); period = period.next()) {
            opened.add(rule.openPeriod(latest, item.schedule(), period));
        }
        for (Obligation obligation : opened) {
            record(obligation, true);
            out.accept(obligation.opened(item.category()));
        }
        item = item.scheduled(item.schedule(), period);
        itemChanged = true;
    }

    /**
     * Reads the item's time limit as an officer sets it (时限认定) and counts its latest version again
     * as if it had been read so from the start (docs/design.md "Time limits"): each obligation the
     * reading opens by {@code today} is counted again if open, opened if new, left alone if already
     * closed ({@code closed}: the keys of the version's closed obligations); an open one it does not
     * open is cancelled. Yields {@code time-limit-set} first, then each obligation's event.
     *
     * @throws IllegalStateException if the item is retired, published on request, or its change date is unknown
     */
    public void setReading(OfficerReading reading, LocalDate today, Set<ObligationKey> closed, DueDateRule rule,
                           Consumer<EventData> out) {
        requireReadable();
        List<Obligation> before = openObligations().stream().filter(o -> o.version() == item.latestVersion()).toList();
        List<Obligation> reopened = new ArrayList<>();
        DueDateRule.Opening opening = rule.reopening(item, reading).orElse(null);
        Item read = item.readAs(reading).scheduled(null, null);
        if (opening != null) {
            reopened.add(opening.obligation());
            Period period = opening.nextPeriod();
            for (; period != null && !period.start().isAfter(today); period = period.next()) {
                reopened.add(rule.openPeriod(opening.obligation(), opening.schedule(), period));
            }
            read = opening.schedule() == null ? read : read.scheduled(opening.schedule(), period);
        }
        String previousKind = before.stream().map(o -> o.limitKind().name()).findFirst().orElse(null);
        item = read;
        itemChanged = true;
        out.accept(new TimeLimitSet(itemId, item.latestVersion(), item.region(), item.responsibleBody(),
                reading.limit(), previousKind, reading.setBy(), reading.setAt()));
        Set<ObligationKey> kept = new HashSet<>();
        for (Obligation obligation : reopened) {
            kept.add(ObligationKey.of(obligation));
            place(obligation, closed, out);
        }
        String reason = reading.reason();
        for (Obligation open : before) {
            if (!kept.contains(ObligationKey.of(open))) {
                Obligation cancelled = open.cancelled(reason);
                record(cancelled, false);
                out.accept(cancelled.cancelledEvent());
            }
        }
    }

    private void requireReadable() {
        if (item.retiredAt() != null) {
            throw new IllegalStateException("item " + itemId + " is retired: it has no time limit to read");
        }
        if (item.mode() != DisclosureMode.ACTIVE) {
            throw new IllegalStateException("item " + itemId + " is published on request (依申请公开): it has no "
                    + "publication deadline to read");
        }
        if (item.changedAt() == null) {
            throw new IllegalStateException("item " + itemId + " was stored before its change date was kept: "
                    + "its next revision makes it readable");
        }
    }

    /** One obligation of a new reading: counted again if open, opened if new, left alone if closed. */
    private void place(Obligation counted, Set<ObligationKey> closed, Consumer<EventData> out) {
        ObligationKey key = ObligationKey.of(counted);
        Obligation open = obligations.get(key);
        if (open != null && open.isOpen()) {
            if (!counted.equals(open)) {
                record(counted, false);
                out.accept(counted.recomputedEvent(open.dueOn(), counted.limitKind()));
            }
        } else if (open == null && !closed.contains(key)) {
            record(counted, true);
            out.accept(counted.opened(item.category()));
        }
    }

    /**
     * For a revision applied here that started a schedule from a change in the past: opens at once
     * every later period that has begun by {@code today}, as the period scheduler would on its next
     * run (an item changed in 2025-09 under 每季度 owes 2025-Q4 onwards by now). Nothing otherwise.
     */
    public void openPeriodsBegunSinceItsChange(LocalDate today, DueDateRule rule, Consumer<EventData> out) {
        if (scheduleStarted) {
            openBegunPeriods(today, rule, out);
        }
    }

    private Optional<Obligation> latestPeriodOf(int version) {
        return obligations.values().stream().filter(o -> o.version() == version && o.period() != null)
                .max(Comparator.comparing(Obligation::countedFrom));
    }

    private Disposition publish(Publication publication, DueDateRule rule, Consumer<EventData> out) {
        List<Obligation> met = meets(publication).stream().map(o -> rule.meet(o, publication.publishedAt())).toList();
        newPublications.add(publication);
        if (waiting(publication)) {
            pending.add(publication);
        }
        for (Obligation obligation : met) {
            record(obligation, false);
            out.accept(obligation.metEvent());
        }
        return item == null ? Disposition.HELD : Disposition.APPLIED;
    }

    /**
     * The open obligations a publication meets: every one of the versions it covers (rule 5), but of a
     * periodic time limit only the period it names, or without one the oldest open period.
     */
    private List<Obligation> meets(Publication publication) {
        List<Obligation> covered = openObligations().stream().filter(o -> publication.covers(o.version())).toList();
        String period = publication.period() != null ? publication.period() : covered.stream()
                .filter(o -> o.period() != null).min(Comparator.comparing(Obligation::dueOn))
                .map(Obligation::period).orElse(null);
        return covered.stream().filter(o -> o.period() == null || o.period().equals(period)).toList();
    }

    private Disposition retire(ItemRetired retired, Consumer<EventData> out) {
        if (item == null) {
            return Disposition.IGNORED;
        }
        item = item.retired(retired.retiredAt());
        itemChanged = true;
        String reason = retired.reason() == null || retired.reason().isBlank() ? "item retired" : retired.reason();
        for (Obligation open : openObligations()) {
            Obligation cancelled = open.cancelled(reason);
            record(cancelled, false);
            out.accept(cancelled.cancelledEvent());
        }
        return Disposition.APPLIED;
    }

    /** Counts every open obligation again on {@code rule}'s calendar; yields recomputed events for moved ones. */
    public void recount(DueDateRule rule, Consumer<? super DeadlineRecomputed> out) {
        for (Obligation open : openObligations()) {
            Obligation recounted = rule.recount(open);
            boolean moved = !recounted.dueOn().equals(open.dueOn()) || recounted.provisional() != open.provisional();
            if (moved || !recounted.calendarVersion().equals(open.calendarVersion())) {
                record(recounted, false);
            }
            if (moved) {
                out.accept(recounted.recomputedEvent(open.dueOn()));
            }
        }
    }

    private Optional<Publication> earliestCovering(Obligation opened) {
        return pending.stream().filter(p -> p.covers(opened.version()) && p.fits(opened))
                .min(Comparator.comparing(Publication::publishedAt));
    }

    private List<Obligation> openObligations() {
        return obligations.values().stream().filter(Obligation::isOpen).toList();
    }

    private void record(Obligation obligation, boolean isNew) {
        ObligationKey key = ObligationKey.of(obligation);
        obligations.put(key, obligation);
        (isNew ? newKeys : changedKeys).add(key);
    }

    /** The obligations this file holds, in key order (version, then period: for a walk over many files). */
    public List<Obligation> obligations() {
        return obligations.values().stream().sorted(Comparator.comparingInt(Obligation::version)
                .thenComparing(o -> o.period() == null ? "" : o.period())).toList();
    }

    public String itemId() {
        return itemId;
    }

    /** The item as the file has it now; empty for an item never seen. */
    public Optional<Item> item() {
        return Optional.ofNullable(item);
    }

    /** The item to write back, empty if this file did not change it. */
    public Optional<Item> changedItem() {
        return itemChanged ? Optional.of(item) : Optional.empty();
    }

    public List<Obligation> newObligations() {
        return newKeys.stream().map(obligations::get).toList();
    }

    public List<Obligation> changedObligations() {
        return changedKeys.stream().filter(k -> !newKeys.contains(k)).map(obligations::get).toList();
    }

    /** Publications received here whose version has still not arrived: to hold. */
    public List<Publication> newlyHeld() {
        return newPublications.stream().filter(this::waiting).toList();
    }

    /** Held publications whose version has arrived by now: applied, no longer held. */
    public List<Publication> released() {
        return held.stream().filter(p -> !waiting(p)).toList();
    }

    private boolean waiting(Publication publication) {
        return item == null || publication.version() > item.latestVersion();
    }
}
