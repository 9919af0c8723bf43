package cn.shixian.workbench.login;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a password only while its user name is not locked ({@link LoginAttempts}); counts each
 * wrong password and clears the count on success.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final java.util.Set<String> PAGE_ROLES = java.util.Set.of("ROLE_ADMIN", "ROLE_OFFICER", "ROLE_INGEST");

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;

    ThrottledSignIn(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String name = request.getName();
        Duration locked = attempts.lockedFor(name);
        if (!locked.isZero()) {
            throw new LockedException(Long.toString(Math.max(1, (locked.toSeconds() + 59) / 60)));
        }
        try {
            Authentication signedIn = passwords.authenticate(request);
            attempts.succeeded(name);
            if (signedIn.getAuthorities().stream().noneMatch(a -> PAGE_ROLES.contains(a.getAuthority()))) {
                // the workbench's own API account (WORKBENCH) and users without a role have no page here
                throw new org.springframework.security.authentication.DisabledException("no role for the workbench");
            }
            return signedIn;
        } catch (BadCredentialsException wrong) {
            attempts.failed(name);
            if (!attempts.lockedFor(name).isZero()) {
                throw new LockedException(Long.toString(Math.max(1, (attempts.lockedFor(name).toSeconds() + 59) / 60)));
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
