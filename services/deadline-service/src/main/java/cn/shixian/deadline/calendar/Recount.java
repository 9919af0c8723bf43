package cn.shixian.deadline.calendar;

import cn.shixian.contracts.EventData;
import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.deadline.obligation.ItemFile;
import cn.shixian.deadline.obligation.ItemFileRepository;
import cn.shixian.deadline.obligation.ObligationKey;
import cn.shixian.eventing.outbox.OutgoingEvents;
import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.workcalendar.HolidayNotice;
import cn.shixian.workcalendar.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts again the open obligations a notice can move (DESIGN.md rule 4): those of its region whose
 * counted days reach into the notice's year (with the neighbouring days a notice may name). Each
 * moved due date yields one deadline.recomputed with the previous date. Walks in key order, a chunk
 * at a time, so a national notice over millions of obligations needs bounded memory.
 */
@Component
class Recount {

    private static final int CHUNK = 5000;

    private final ItemFileRepository files;
    private final OutgoingEvents outgoing;
    private final Outbox outbox;

    Recount(ItemFileRepository files, OutgoingEvents outgoing, Outbox outbox) {
        this.files = files;
        this.outgoing = outgoing;
        this.outbox = outbox;
    }

    /** Must run in the transaction that stores the notice. Returns how many due dates moved. */
    int affectedBy(HolidayNotice notice, DueDateRule rule) {
        String prefix = notice.region().equals(RegionCode.NATIONAL) ? "" : notice.region().code();
        LocalDate from = LocalDate.of(notice.year() - 1, 12, 1);
        LocalDate to = LocalDate.of(notice.year() + 1, 1, 31);
        ObligationKey after = ObligationKey.FIRST;
        int moved = 0;
        while (true) {
            List<ItemFile> chunk = files.openTouching(prefix, from, to, after, CHUNK);
            if (chunk.isEmpty()) {
                return moved;
            }
            List<EventData> recomputed = new ArrayList<>();
            chunk.forEach(file -> file.recount(rule, recomputed::add));
            files.saveRecounted(chunk);
            outbox.append(outgoing.records(recomputed));
            moved += recomputed.size();
            after = ObligationKey.of(chunk.getLast().obligations().getLast());
        }
    }
}
