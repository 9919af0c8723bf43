package cn.shixian.workbench.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private Instant now = Instant.parse("2026-12-02T01:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theFifthFailureInARowLocksTheNameForFiveMinutes() {
        LoginAttempts attempts = new LoginAttempts(5, Duration.ofMinutes(5), clock);
        for (int i = 0; i < 4; i++) {
            attempts.failed("hami");
        }
        assertThat(attempts.lockedFor("hami")).isZero();
        attempts.failed("hami");
        assertThat(attempts.lockedFor("hami")).isEqualTo(Duration.ofMinutes(5));
        assertThat(attempts.lockedFor("zhanggong")).isZero();
        now = now.plus(Duration.ofMinutes(5));
        assertThat(attempts.lockedFor("hami")).isZero();
        // after the lock a new series starts from one
        attempts.failed("hami");
        assertThat(attempts.lockedFor("hami")).isZero();
    }

    @Test
    void namesAreCountedIgnoringCaseAsTheyAreLookedUp() {
        LoginAttempts attempts = new LoginAttempts(2, Duration.ofMinutes(5), clock);
        attempts.failed("hami");
        attempts.failed("HAMI ");
        assertThat(attempts.lockedFor("Hami")).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aSuccessClearsTheCount() {
        LoginAttempts attempts = new LoginAttempts(2, Duration.ofMinutes(5), clock);
        attempts.failed("hami");
        attempts.succeeded("hami");
        attempts.failed("hami");
        assertThat(attempts.lockedFor("hami")).isZero();
    }
}
