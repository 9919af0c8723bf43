package cn.shixian.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own path rules (访问规则). Declare one or more beans of this type; they are applied,
 * in {@link org.springframework.core.annotation.Order} order, after the library's rules for the
 * open endpoints (health, info, prometheus, OpenAPI) and the ADMIN-only actuator, and before the
 * final {@code anyRequest().authenticated()}. The first matching rule wins, so list specific
 * paths before broad ones.
 *
 * <pre>{@code
 * @Bean
 * ApiAccessRules alertRules() {
 *     return rules -> rules
 *             .requestMatchers(HttpMethod.GET, "/api/alerts/**").hasRole(Role.OFFICER.name());
 * }
 * }</pre>
 *
 * {@code hasRole(OFFICER)} also admits ADMIN: the role hierarchy says ADMIN implies the others.
 */
@FunctionalInterface
public interface ApiAccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
