package cn.shixian.workbench.login;

import cn.shixian.web.Role;
import cn.shixian.workbench.WorkbenchSettings;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open which page (访问控制): a sign-in form against the same configured users as the APIs
 * ({@code shixian.security.users}), a session with CSRF protection, sign-out. Everything but the
 * sign-in page, its styles and the health probe needs a signed-in officer; the catalog import needs
 * INGEST (or ADMIN). Five wrong passwords in a row lock a user name for five minutes.
 */
@Configuration
class WorkbenchSecurity {

    @Bean
    LoginAttempts loginAttempts(WorkbenchSettings settings, Clock clock) {
        return new LoginAttempts(settings.login().maxFailures(), settings.login().lockFor(), clock);
    }

    @Bean
    AuthenticationManager workbenchSignIn(UserDetailsService users, PasswordEncoder passwords, LoginAttempts attempts) {
        DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(users);
        byPassword.setPasswordEncoder(passwords);
        return new ProviderManager(new ThrottledSignIn(byPassword, attempts));
    }

    @Bean
    SecurityFilterChain workbenchPages(HttpSecurity http, AuthenticationManager signIn) throws Exception {
        String officer = Role.OFFICER.name();
        return http
                .authenticationManager(signIn)
                .authorizeHttpRequests(rules -> rules
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // asked for directly, the error page has nothing to show: only the error dispatch renders it
                        .requestMatchers("/error").denyAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Role.ADMIN.name())
                        .requestMatchers("/import", "/import/**").hasRole(Role.INGEST.name())
                        // the start page sends a user without OFFICER (INGEST only) to the import
                        .requestMatchers("/").authenticated()
                        .anyRequest().hasRole(officer))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + "/login?" + (failure instanceof LockedException locked
                                        ? "locked=" + locked.getMessage()
                                        : failure instanceof DisabledException ? "noRole" : "error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .build();
    }
}
