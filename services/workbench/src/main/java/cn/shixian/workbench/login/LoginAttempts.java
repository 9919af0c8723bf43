package cn.shixian.workbench.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins (登录失败) per user name: after {@code maxFailures} in a row the name is locked for
 * {@code lockFor}, whether or not such a user exists, so guessing passwords is slow and probing names
 * tells nothing. A success resets the count. Kept in memory: a restart forgets, which only shortens a
 * lock. Plain Java, thread-safe.
 */
public final class LoginAttempts {

    private record Failures(int count, Instant lockedUntil) {
    }

    private static final int MAX_NAMES = 10_000;

    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();

    public LoginAttempts(int maxFailures, Duration lockFor, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("shixian.workbench.login.max-failures must be at least 1, not " + maxFailures);
        }
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    /** How long the name stays locked from now; zero when it is not locked. */
    public Duration lockedFor(String name) {
        Failures failures = byName.get(key(name));
        if (failures == null || failures.lockedUntil() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), failures.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a failed sign-in; the one that reaches the limit locks the name. */
    public void failed(String name) {
        if (byName.size() >= MAX_NAMES) {
            // made-up names must not fill the memory: forget the failures that lock nothing now
            byName.values().removeIf(f -> f.lockedUntil() == null || expired(f));
        }
        byName.compute(key(name), (k, before) -> {
            int count = before == null || expired(before) ? 1 : before.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockFor) : null);
        });
    }

    public void succeeded(String name) {
        byName.remove(key(name));
    }

    private boolean expired(Failures failures) {
        return failures.lockedUntil() != null && !clock.instant().isBefore(failures.lockedUntil());
    }

    /** User names are looked up ignoring case, so they are counted ignoring case too. */
    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
