package cn.shixian.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every request, and checking a bcrypt hash costs about 75 ms
 * of CPU by design. A caller that just proved its password (the workbench makes several API calls
 * per page) is remembered for a while by a SHA-256 digest of what it sent, never the password
 * itself (an HMAC under a key made at start): the same name and password within {@code remember} pass without bcrypt. A wrong password
 * is never remembered, and a different one for a remembered name is checked in full.
 */
final class RememberedLogins implements AuthenticationProvider {

    private record Remembered(byte[] digest, Authentication authentication, Instant until) {
    }

    private static final int MAX_REMEMBERED = 10_000;

    private final AuthenticationProvider passwords;
    private final Duration remember;
    private final Clock clock;
    private final Map<String, Remembered> byName = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    RememberedLogins(AuthenticationProvider passwords, Duration remember, Clock clock) {
        this.passwords = passwords;
        this.remember = remember;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String name = request.getName();
        byte[] digest = digest(name, request.getCredentials());
        Remembered known = byName.get(name);
        Instant now = clock.instant();
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            return known.authentication();
        }
        Authentication checked = passwords.authenticate(request);
        if (checked != null && checked.isAuthenticated()) {
            if (byName.size() >= MAX_REMEMBERED) {
                byName.clear();
            }
            byName.put(name, new Remembered(digest, checked, now.plus(remember)));
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** HMAC-SHA256 under a key made at start: a heap dump gives nothing to try passwords against offline. */
    private byte[] digest(String name, Object credentials) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(String.valueOf(credentials).getBytes(StandardCharsets.UTF_8));
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
