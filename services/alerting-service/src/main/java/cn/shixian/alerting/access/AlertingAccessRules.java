package cn.shixian.alerting.access;

import cn.shixian.web.ApiAccessRules;
import cn.shixian.web.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call which endpoint of the alerting-service (访问规则), all in one place so a review
 * sees the whole API. ADMIN passes every OFFICER rule (web-support's role hierarchy). An
 * {@code /api} path not listed here is ADMIN-only: a new endpoint stays closed until it is given a rule.
 */
@Component
class AlertingAccessRules implements ApiAccessRules {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String OFFICER = Role.OFFICER.name();

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        // what an officer may read or acknowledge is also limited to their regions, by the queries themselves
        rules.requestMatchers(HttpMethod.GET, "/api/alerts", "/api/alerts/*").hasRole(OFFICER)
                .requestMatchers(HttpMethod.POST, "/api/alerts/*/ack", "/api/alerts/ack").hasRole(OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/obligations", "/api/obligations/summary",
                        "/api/obligations/trend").hasRole(OFFICER)
                .requestMatchers("/api/**").hasRole(ADMIN);
    }
}
