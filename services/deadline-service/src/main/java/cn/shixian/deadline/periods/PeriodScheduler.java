package cn.shixian.deadline.periods;

import cn.shixian.contracts.EventData;
import cn.shixian.deadline.calendar.CurrentCalendar;
import cn.shixian.deadline.itemfile.ItemFileRepository;
import cn.shixian.deadline.obligation.DueDateRule;
import cn.shixian.deadline.obligation.ItemFile;
import cn.shixian.eventing.outbox.Outbox;
import cn.shixian.eventing.outbox.OutgoingEvents;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The period scheduler (周期任务): opens each period of a periodic item when the period begins
 * (docs/design.md "Time limits"), with its {@code deadline.opened} through the outbox. Items are taken
 * a chunk per transaction with {@code for update skip locked}: an item an intake batch holds is found
 * on the next run, and two instances never open one period twice (the obligation's key is
 * (item, version, period) besides).
 */
@Component
@EnableConfigurationProperties(PeriodSettings.class)
public class PeriodScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodScheduler.class);

    private final ItemFileRepository files;
    private final CurrentCalendar calendar;
    private final OutgoingEvents outgoing;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final PeriodSettings settings;
    private final Clock clock;

    PeriodScheduler(ItemFileRepository files, CurrentCalendar calendar, OutgoingEvents outgoing, Outbox outbox,
                    TransactionTemplate transactions, PeriodSettings settings, Clock clock) {
        this.files = files;
        this.calendar = calendar;
        this.outgoing = outgoing;
        this.outbox = outbox;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${shixian.periods.check-every:10m}")
    void openBegunPeriods() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.rule().zone());
        int opened = openPeriodsBegunBy(today);
        if (opened > 0) {
            LOG.info("Opened {} obligations of periods begun by {}", opened, today);
        }
    }

    /** Opens every period begun by {@code today}; the number of obligations opened. */
    public int openPeriodsBegunBy(LocalDate today) {
        Set<String> failed = new HashSet<>();
        int opened = 0;
        for (Chunk chunk; !(chunk = transactions.execute(tx -> openChunk(today, failed))).empty(); ) {
            opened += chunk.opened();
        }
        return opened;
    }

    private record Chunk(int items, int opened) {
        boolean empty() {
            return items == 0;
        }
    }

    private Chunk openChunk(LocalDate today, Set<String> failed) {
        DueDateRule rule = calendar.countingRule(); // before the items are locked, as an intake batch does
        List<String> ids = files.lockItemsWithPeriodBegun(today, settings.chunk(), failed);
        if (ids.isEmpty()) {
            return new Chunk(0, 0);
        }
        Map<String, ItemFile> loaded = files.loadWithLatestPeriods(ids);
        List<EventData> produced = new ArrayList<>();
        List<ItemFile> changed = new ArrayList<>();
        for (ItemFile file : loaded.values()) {
            List<EventData> ofFile = new ArrayList<>();
            try {
                file.openBegunPeriods(today, rule, ofFile::add);
                produced.addAll(ofFile);
                changed.add(file);
            } catch (RuntimeException e) {
                // one item that cannot be counted (a period past the calendar's range) must not stop the others
                LOG.error("Cannot open the next period of item {}: {}", file.itemId(), e.getMessage());
                failed.add(file.itemId());
            }
        }
        files.save(changed);
        outbox.append(outgoing.records(produced));
        return new Chunk(ids.size(), produced.size());
    }
}
