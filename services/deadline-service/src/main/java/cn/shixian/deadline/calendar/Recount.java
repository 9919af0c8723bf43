package cn.shixian.deadline.calendar;

import cn.shixian.contracts.DeadlineRecomputed;
import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.deadline.obligation.ItemFile;
import cn.shixian.deadline.itemfile.ItemFileRepository;
import cn.shixian.deadline.obligation.ObligationKey;
import cn.shixian.eventing.outbox.OutgoingEvents;
import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts again the open obligations a notice can move (docs/design.md rule 4): those of its region (every
 * code within a layer's prefix; all for a national notice) whose counted days reach into the notice's
 * year or a neighbouring year's day it names, and no others. Each
 * moved due date yields one deadline.recomputed with the previous date and one {@code recomputation}
 * row for the item timeline. Walks in key order, a chunk at a time, so a national notice over
 * millions of obligations needs bounded memory; each chunk is one batch per table.
 */
@Component
class Recount {

    private static final int CHUNK = 5000;

    private final ItemFileRepository files;
    private final OutgoingEvents outgoing;
    private final Outbox outbox;
    private final Recomputations recomputations;

    Recount(ItemFileRepository files, OutgoingEvents outgoing, Outbox outbox, Recomputations recomputations) {
        this.files = files;
        this.outgoing = outgoing;
        this.outbox = outbox;
        this.recomputations = recomputations;
    }

    /**
     * Must run in the transaction that stores the notice. Returns how many due dates moved.
     *
     * @param reason why, for the timeline, e.g. "calendar CN:2027 loaded"
     * @param at     when the notice was loaded
     */
    int affectedBy(HolidayNotice notice, DueDateRule rule, String reason, Instant at) {
        String prefix = notice.region().equals(RegionCode.NATIONAL) ? "" : notice.region().code();
        LocalDate from = notice.earliestDay();
        LocalDate to = notice.latestDay();
        ObligationKey after = ObligationKey.FIRST;
        int moved = 0;
        while (true) {
            List<ItemFile> chunk = files.openTouching(prefix, from, to, after, CHUNK);
            if (chunk.isEmpty()) {
                return moved;
            }
            List<DeadlineRecomputed> recomputed = new ArrayList<>();
            chunk.forEach(file -> file.recount(rule, recomputed::add));
            files.saveRecounted(chunk);
            recomputations.record(recomputed, reason, at);
            outbox.append(outgoing.records(recomputed));
            moved += recomputed.size();
            after = ObligationKey.of(chunk.getLast().obligations().getLast());
        }
    }
}
