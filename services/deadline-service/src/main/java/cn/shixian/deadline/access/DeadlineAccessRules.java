package cn.shixian.deadline.access;

import cn.shixian.web.ApiAccessRules;
import cn.shixian.web.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may call which endpoint of the deadline-service (访问规则), all in one place so a review
 * sees the whole API. ADMIN passes every OFFICER and INGEST rule (web-support's role hierarchy).
 * An {@code /api} path not listed here is ADMIN-only: a new endpoint stays closed until it is given a rule.
 */
@Component
class DeadlineAccessRules implements ApiAccessRules {

    private static final String ADMIN = Role.ADMIN.name();
    private static final String INGEST = Role.INGEST.name();
    private static final String OFFICER = Role.OFFICER.name();

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(HttpMethod.POST, "/api/events").hasRole(INGEST)
                // the item list and lookup serve catalog (re-)imports too, which INGEST does
                .requestMatchers(HttpMethod.GET, "/api/items").hasAnyRole(OFFICER, INGEST)
                .requestMatchers(HttpMethod.GET, "/api/items/**").hasRole(OFFICER)
                // a read with its ids in the body (up to 2,000 do not fit a URL)
                .requestMatchers(HttpMethod.POST, "/api/items/lookup").hasAnyRole(OFFICER, INGEST)
                // an officer's reading of a time limit: within their regions, checked by the reading itself
                .requestMatchers(HttpMethod.PUT, "/api/items/*/time-limit").hasRole(OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/obligations").hasRole(OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/requests", "/api/requests/**").hasRole(OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/reports/requests").hasRole(OFFICER)
                .requestMatchers(HttpMethod.GET, "/api/calendars", "/api/calendars/**").hasRole(OFFICER)
                .requestMatchers(HttpMethod.PUT, "/api/calendars/**").hasRole(ADMIN)
                .requestMatchers("/api/**").hasRole(ADMIN);
    }
}
