package cn.shixian.deadline.obligation;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.ItemRevision;
import cn.shixian.workcalendar.timelimit.Period;
import cn.shixian.workcalendar.timelimit.Schedule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The latest revision the service knows of a catalog item (目录事项).
 *
 * @param category      一级/二级/三级事项 of the revision, outermost first; null for an item stored before
 *                      the service kept it (schema V9) and not revised since
 * @param timeLimitText the revision's 公开时限 as written, null when it gave none
 * @param processingLimit the revision's 办理时限 as written, null when it gave none: the service's
 *                        processing limit, shown with the item, never counted (no obligation comes of it)
 * @param retiredAt     when the item left the catalog, null while it is in it
 * @param schedule      the latest revision's periodic schedule (周期), null when its time limit does not recur
 * @param nextPeriod    the period of {@code schedule} to open when it begins; null when none is to come (not
 *                      periodic, retired, published on request)
 * @param changedAt     when the latest revision's information was formed or changed; null for an item stored
 *                      before the service kept it (schema V15) and not revised since
 * @param reading       an officer's reading of its time limit (时限认定), null when none holds
 */
public record Item(String itemId, int latestVersion, String region, String responsibleBody, String title,
                   List<String> category, String timeLimitText, String processingLimit, DisclosureMode mode,
                   OffsetDateTime retiredAt, Schedule schedule, Period nextPeriod, OffsetDateTime changedAt,
                   OfficerReading reading) {

    public Item {
        category = category == null ? null : List.copyOf(category);
        if (nextPeriod != null && (schedule == null || nextPeriod.every() != schedule.every())) {
            throw new IllegalArgumentException("a next period " + nextPeriod + " needs its schedule, not " + schedule);
        }
    }

    /** The item as this revision has it, keeping {@code reading} if it reads the revision's text. */
    static Item of(ItemRevision revision, OfficerReading reading) {
        return new Item(revision.itemId(), revision.version(), revision.region(), revision.responsibleBody(),
                revision.title(), revision.category(),
                revision.timeLimit() == null ? null : revision.timeLimit().text(), revision.processingLimit(),
                revision.mode(), null, null, null, revision.changedAt(),
                reading != null && reading.reads(revision.timeLimit()) ? reading : null);
    }

    Item retired(OffsetDateTime at) {
        return new Item(itemId, latestVersion, region, responsibleBody, title, category, timeLimitText,
                processingLimit, mode, at, schedule, null, changedAt, reading);
    }

    /** The item whose schedule opens {@code next} when it begins; no schedule: nothing recurs. */
    Item scheduled(Schedule periods, Period next) {
        return new Item(itemId, latestVersion, region, responsibleBody, title, category, timeLimitText,
                processingLimit, mode, retiredAt, periods, next, changedAt, reading);
    }

    /** The item read by an officer's {@code newReading}. */
    Item readAs(OfficerReading newReading) {
        return new Item(itemId, latestVersion, region, responsibleBody, title, category, timeLimitText,
                processingLimit, mode, retiredAt, schedule, nextPeriod, changedAt, newReading);
    }

    /** Whether a period of its schedule has begun by {@code today} and is still to open. */
    public boolean periodBegunBy(LocalDate today) {
        return nextPeriod != null && !nextPeriod.start().isAfter(today);
    }
}
