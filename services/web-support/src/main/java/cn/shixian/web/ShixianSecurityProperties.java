package cn.shixian.web;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users (用户) of a service's HTTP API, from configuration ({@code shixian.security.users}).
 * No defaults live here: each service's own config gives local users, production replaces the
 * whole list (environment variables {@code SHIXIAN_SECURITY_USERS_0_NAME} … or a config file).
 * Mistakes fail at startup rather than at the first login.
 *
 * @param users who may call the API; none means every protected endpoint answers 401
 * @param local whether this is a local run (本地运行: {@code ./shixian up}, a test, a laptop), the only
 *              place where users with plain-text {@code {noop}} passwords are accepted; without it a
 *              service with such a user refuses to start ({@link #refusePlainTextOutsideALocalRun()})
 */
@ConfigurationProperties("shixian.security")
public record ShixianSecurityProperties(List<User> users, boolean local) {

    /** The configured user of that name, if any. */
    public Optional<User> user(String name) {
        return users.stream().filter(user -> user.name().equals(name)).findFirst();
    }

    public ShixianSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        Set<String> names = new HashSet<>();
        for (User user : users) {
            if (!names.add(user.name())) {
                throw new IllegalArgumentException("shixian.security.users names '" + user.name() + "' twice");
            }
        }
    }

    /**
     * Refuses the local users' {@code {noop}} passwords unless this is a local run. The local list
     * ({@code shixian-local-users.yml}) ships inside every service, so a deployment that forgot to
     * replace it would otherwise serve an administrator whose password is in the repository.
     *
     * @throws IllegalStateException naming the users and saying what to do
     */
    public void refusePlainTextOutsideALocalRun() {
        List<String> plainText = users.stream().filter(User::plainText).map(User::name).toList();
        if (!local && !plainText.isEmpty()) {
            throw new IllegalStateException("Refusing to start: shixian.security.users " + plainText
                    + " have plain-text {noop} passwords, which are for a local run only. In production replace "
                    + "the whole list with users whose passwords are {bcrypt} hashes (e.g. SHIXIAN_SECURITY_USERS_0_NAME, "
                    + "SHIXIAN_SECURITY_USERS_0_PASSWORD='{bcrypt}$2a$10$...', SHIXIAN_SECURITY_USERS_0_ROLES; "
                    + "see the web-support README). For a local run set shixian.security.local=true "
                    + "(./shixian up and the tests do).");
        }
    }

    /**
     * One user.
     *
     * @param name     the HTTP Basic user name
     * @param password prefixed with its encoding, e.g. {@code {bcrypt}$2a$10$…} or {@code {noop}secret}
     *                 (local runs only); see Spring Security's {@code DelegatingPasswordEncoder}
     * @param roles    what the user may do; may be empty (only endpoints open to any authenticated user)
     * @param regions  the GB/T 2260 prefixes (行政区划代码, 2–6 digits: {@code 65} = all of Xinjiang,
     *                 {@code 650500} = 哈密市) whose obligations, alerts and items the user sees; empty
     *                 or absent = every region. ADMIN always sees every region.
     */
    public record User(String name, String password, List<Role> roles, List<String> regions) {

        private static final Pattern ENCODED = Pattern.compile("^\\{[^{}]+}.+", Pattern.DOTALL);
        private static final Pattern REGION_PREFIX = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");


        public User {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("every entry of shixian.security.users needs a name");
            }
            // an unprefixed password would only fail at login, with "no PasswordEncoder mapped for id null"
            if (password == null || !ENCODED.matcher(password).matches()) {
                throw new IllegalArgumentException("the password of shixian.security user '" + name
                        + "' must start with its encoding id, e.g. {bcrypt}$2a$10$... or {noop}secret");
            }
            roles = roles == null ? List.of() : List.copyOf(roles);
            regions = regions == null ? List.of() : List.copyOf(regions);
            for (String region : regions) {
                if (region == null || !REGION_PREFIX.matcher(region).matches()) {
                    throw new IllegalArgumentException("shixian.security user '" + name + "' has region '" + region
                            + "': a region is a GB/T 2260 code or prefix of 2, 4 or 6 digits, e.g. 65 or 650500");
                }
            }
        }

        /** What this user may see: every region for ADMIN or when no region is configured. */
        public RegionScope scope() {
            return roles.contains(Role.ADMIN) || regions.isEmpty() ? RegionScope.everywhere() : RegionScope.of(regions);
        }

        /** Whether the password is stored in plain text ({@code {noop}}): acceptable for local runs only. */
        public boolean plainText() {
            return password.startsWith("{noop}");
        }

        /** Keeps the password out of logs and failure messages. */
        @Override
        public String toString() {
            return "User[name=" + name + ", password=<hidden>, roles=" + roles + ", regions=" + regions + "]";
        }
    }
}
