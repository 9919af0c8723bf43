package cn.shixian.standalone.demo;

import cn.shixian.contracts.CloudEvent;
import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.EventCodec;
import cn.shixian.contracts.EventData;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.ItemPublished;
import cn.shixian.contracts.ItemRetired;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import cn.shixian.workcalendar.timelimit.TimeLimitParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded, realistic history for the sample catalogs (演示数据): each item changed at some moment
 * of the past 18 months, then most published on time, some late, some not yet, a few retired; plus
 * three malformed records that must end in the dead-letter topic. The same seed gives the same
 * story, relative to {@code now}.
 */
final class DemoStory {

    static final URI SOURCE = URI.create("urn:shixian:demo");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int HISTORY_DAYS = 548;

    private final Random random;
    private final Instant now;
    private final WorkingDayCalendar calendar;
    private final EventCodec codec = new EventCodec();

    DemoStory(long seed, Instant now, WorkingDayCalendar calendar) {
        this.random = new Random(seed);
        this.now = now;
        this.calendar = calendar;
    }

    /** The records of one item's history, in the order they must be produced. */
    List<DemoRecord> history(ItemCreated item) {
        OffsetDateTime changedAt = officeHour(now.minus(Duration.ofDays(random.nextInt(HISTORY_DAYS))));
        ItemCreated created = new ItemCreated(item.itemId(), 1, item.region(), item.title(), item.category(),
                item.responsibleBody(), item.mode(), item.timeLimit(), item.processingLimit(), item.channels(), changedAt);
        List<DemoRecord> records = new ArrayList<>(List.of(record(created, changedAt)));
        if (item.mode() != DisclosureMode.ACTIVE) {
            return records;
        }
        Instant dueEnd = dueOn(created).plusDays(1).atStartOfDay(BEIJING).toInstant();
        double roll = random.nextDouble();
        if (roll < 0.62) {
            publishBetween(created, changedAt.toInstant(), dueEnd, records);          // on time
        } else if (roll < 0.77) {
            publishBetween(created, dueEnd, dueEnd.plus(Duration.ofDays(25)), records); // late
        } else if (roll < 0.95) {
            return records;                                                           // not (yet) published
        } else {
            retire(created, records);
        }
        return records;
    }

    /** Records the deadline-service must dead-letter: not JSON, schema-invalid, impossible date. */
    List<DemoRecord> malformed(ItemCreated sample) {
        String valid = new String(codec.encode(CloudEvent.of(SOURCE, sample, Clock.systemUTC())),
                StandardCharsets.UTF_8);
        return List.of(
                DemoRecord.of("demo-bad-1", "公开事项 changed, see attachment"),
                DemoRecord.of("demo-bad-2", valid.replace("\"version\":1", "\"version\":0")),
                DemoRecord.of("demo-bad-3", valid.replaceFirst("\"changedAt\":\"[^\"]+\"",
                        "\"changedAt\":\"2025-02-30T10:00:00+08:00\"")));
    }

    private void publishBetween(ItemCreated created, Instant from, Instant to, List<DemoRecord> records) {
        Instant at = from.plusMillis((long) (random.nextDouble() * (to.toEpochMilli() - from.toEpochMilli())));
        if (at.isBefore(now)) {
            OffsetDateTime publishedAt = at.atZone(BEIJING).toOffsetDateTime();
            records.add(record(new ItemPublished(created.itemId(), 1, publishedAt, created.channels().isEmpty()
                    ? "政府网站" : created.channels().getFirst(), null), publishedAt));
        }
    }

    private void retire(ItemCreated created, List<DemoRecord> records) {
        Instant at = created.changedAt().toInstant().plus(Duration.ofDays(1 + random.nextInt(30)));
        if (at.isBefore(now)) {
            OffsetDateTime retiredAt = at.atZone(BEIJING).toOffsetDateTime();
            records.add(record(new ItemRetired(created.itemId(), retiredAt, "目录调整，事项已合并"), retiredAt));
        }
    }

    /**
     * The first due date as the deadline-service counts it; for a continuous item (长期公开), which owes
     * none, the day it changed, so its publications fall around then.
     */
    private LocalDate dueOn(ItemCreated created) {
        TimeLimit limit = created.timeLimit();
        LocalDate changedOn = created.changedAt().atZoneSameInstant(BEIJING).toLocalDate();
        RegionCode region = RegionCode.of(created.region());
        if (limit != null && limit.workingDays() != null) {
            return calendar.due(changedOn, limit.workingDays(), region).date();
        }
        return TimeLimitParser.read(limit == null ? null : limit.text()).firstDue(changedOn, calendar, region)
                .map(first -> first.due().date()).orElse(changedOn);
    }

    private OffsetDateTime officeHour(Instant day) {
        LocalDate date = day.atZone(BEIJING).toLocalDate();
        OffsetDateTime at = date.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(BEIJING).toOffsetDateTime();
        // today's office hour may still be ahead: a change is never in the future
        return at.toInstant().isAfter(now) ? now.minus(Duration.ofMinutes(5)).atZone(BEIJING).toOffsetDateTime() : at;
    }

    private DemoRecord record(EventData data, OffsetDateTime time) {
        CloudEvent<EventData> event = new CloudEvent<>(UUID.nameUUIDFromBytes(
                (data.eventType() + "/" + data.key() + "/" + time + "/" + random.nextLong()).getBytes(StandardCharsets.UTF_8))
                .toString(), SOURCE, data.eventType(), data.key(), time, data);
        return new DemoRecord(data.key(), codec.encode(event));
    }
}
