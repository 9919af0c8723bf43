package cn.shixian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class RememberedLoginsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            checks.incrementAndGet();
            if (!"right".equals(request.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, java.util.List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    @Test
    void aProvenPasswordIsNotCheckedAgainWithinTheMinuteButAWrongOneAlwaysIs() {
        Instant[] now = {Instant.parse("2026-12-02T00:00:00Z")};
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public Instant instant() { return now[0]; }
        };
        RememberedLogins logins = new RememberedLogins(passwords, Duration.ofMinutes(1), clock);
        logins.authenticate(login("right"));
        logins.authenticate(login("right"));
        assertThat(checks).hasValue(1);
        assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> logins.authenticate(login("wrong")));
        assertThat(checks).hasValue(2);
        now[0] = now[0].plus(Duration.ofMinutes(2));
        logins.authenticate(login("right"));
        assertThat(checks).hasValue(3);
    }

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("workbench", password);
    }
}
