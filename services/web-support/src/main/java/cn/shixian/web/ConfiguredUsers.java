package cn.shixian.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The configured users (用户) as Spring Security users; says at startup who may log in, and refuses
 * plain-text passwords outside a local run.
 */
final class ConfiguredUsers {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredUsers.class);

    private ConfiguredUsers() {
    }

    static InMemoryUserDetailsManager from(ShixianSecurityProperties properties) {
        properties.refusePlainTextOutsideALocalRun();
        List<ShixianSecurityProperties.User> users = properties.users();
        if (users.isEmpty()) {
            LOG.warn("No shixian.security.users configured: every protected endpoint answers 401");
        }
        for (ShixianSecurityProperties.User user : users) {
            LOG.info("HTTP user '{}' with roles {}", user.name(), user.roles());
            if (user.plainText()) {
                LOG.warn("HTTP user '{}' has a plain-text {noop} password: accepted because "
                        + "shixian.security.local=true (a local run); production needs a {bcrypt} hash", user.name());
            }
        }
        return new InMemoryUserDetailsManager(users.stream().map(ConfiguredUsers::toUserDetails).toList());
    }

    private static UserDetails toUserDetails(ShixianSecurityProperties.User user) {
        return User.withUsername(user.name())
                .password(user.password())
                .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }
}
