package cn.shixian.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets and moves by hand, for code that takes a {@link Clock}; thread-safe. */
public final class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public static MutableClock at(String offsetDateTime) {
        return new MutableClock(OffsetDateTime.parse(offsetDateTime).toInstant());
    }

    public void set(String offsetDateTime) {
        now = OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a MutableClock is UTC; convert instants where a zone matters");
    }
}
