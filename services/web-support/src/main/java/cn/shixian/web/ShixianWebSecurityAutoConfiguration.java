package cn.shixian.web;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP security (访问控制) of a Shixian service: HTTP Basic against the users of
 * {@link ShixianSecurityProperties}, stateless, no CSRF (no cookies, no browser session to ride
 * on), errors as problem details. Runs before Boot's own security auto-configuration, whose
 * defaults (a generated password, form login) then stand back.
 *
 * <p>Rules, first match wins: the container's error dispatch is let through and a request of its own
 * for the error page refused; health, info and prometheus (GET) and the OpenAPI documents are
 * open; other actuator endpoints need ADMIN; then every {@link ApiAccessRules} bean; anything
 * else needs an authenticated user.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(ShixianSecurityProperties.class)
public class ShixianWebSecurityAutoConfiguration {

    /** Spring Boot's error page ({@code server.error.path}), which only the container's ERROR dispatch may render. */
    private static final String ERROR_PAGE = "/error";

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain shixianSecurityFilterChain(HttpSecurity http, ObjectProvider<ApiAccessRules> serviceRules,
                                                   ProblemSecurityHandlers problems,
                                                   UserDetailsService users, PasswordEncoder passwords) throws Exception {
        String admin = Role.ADMIN.name();
        return http
                .authenticationManager(basicLogins(users, passwords))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.realmName(ProblemSecurityHandlers.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterAfter(new ActingUser(users, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(rules -> {
                    // the container's error page renders a failure that already passed these rules
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    // asked for directly, the error page has nothing to show (a 500 of status 999)
                    rules.requestMatchers(ERROR_PAGE).denyAll();
                    // probes and scrapers carry no credentials
                    rules.requestMatchers(EndpointRequest.to("health", "info", "prometheus")
                            .withHttpMethod(HttpMethod.GET)).permitAll();
                    rules.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                            "/swagger-ui/**", "/swagger-ui.html").permitAll();
                    rules.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(admin);
                    serviceRules.orderedStream().forEach(serviceRule -> serviceRule.configure(rules));
                    rules.anyRequest().authenticated();
                })
                .build();
    }

    @Bean
    ProblemSecurityHandlers shixianProblemSecurityHandlers(ObjectProvider<JsonMapper> json) {
        return new ProblemSecurityHandlers(json.getIfAvailable(JsonMapper::shared));
    }

    /** ADMIN may do whatever INGEST and OFFICER may; picked up by {@code hasRole(...)} rules. */
    @Bean
    @ConditionalOnMissingBean(RoleHierarchy.class)
    RoleHierarchy shixianRoleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.INGEST.name(), Role.OFFICER.name())
                .build();
    }

    /** Reads {@code {bcrypt}…}, {@code {noop}…} and the other ids of Spring Security's delegating encoder. */
    @Bean
    @ConditionalOnMissingBean(PasswordEncoder.class)
    PasswordEncoder shixianPasswordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Checks Basic credentials against the configured users, remembering a proven caller for a minute
     * ({@link RememberedLogins}) so that bcrypt is not paid on every request.
     */
    private static AuthenticationManager basicLogins(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(users);
        byPassword.setPasswordEncoder(passwords);
        return new ProviderManager(new RememberedLogins(byPassword, Duration.ofMinutes(1), Clock.systemUTC()));
    }

    @Bean
    @ConditionalOnMissingBean(CurrentUsers.class)
    CurrentUsers shixianCurrentUsers(ShixianSecurityProperties properties) {
        return new CurrentUsers(properties);
    }

    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    UserDetailsService shixianUsers(ShixianSecurityProperties properties) {
        return ConfiguredUsers.from(properties);
    }
}
