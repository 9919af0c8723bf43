package cn.shixian.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The workbench (工作台) calls the APIs for the officer signed in to it: with its own credentials
 * (role {@link Role#WORKBENCH}) and the officer's name in {@value #HEADER}. From then on the request
 * is the officer's: their roles, their regions, their name on an acknowledgement. Only a WORKBENCH
 * caller may name another user; anyone else sending the header gets 403, as does a name that is not
 * a configured user, and the workbench acts for people only (not for another WORKBENCH account). Its
 * own role grants nothing else, but it can act for any configured user, an administrator included:
 * guard its password like an administrator's.
 */
final class ActingUser extends OncePerRequestFilter {

    /** The request header naming the user the workbench acts for. */
    static final String HEADER = "X-Shixian-Acting-User";

    private final UserDetailsService users;
    private final AccessDeniedHandler denied;

    ActingUser(UserDetailsService users, AccessDeniedHandler denied) {
        this.users = users;
        this.denied = denied;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String acting = request.getHeader(HEADER);
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (acting == null || caller == null || !caller.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (caller.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_" + Role.WORKBENCH.name()))) {
            denied.handle(request, response, new AccessDeniedException(
                    "only the workbench may act for another user (" + HEADER + ")"));
            return;
        }
        Optional<UserDetails> user = load(acting);
        if (user.isEmpty() || user.get().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.WORKBENCH.name()))) {
            // an unknown name, or another service account: the workbench acts for people only
            denied.handle(request, response, new AccessDeniedException("the workbench may act for a configured user"
                    + " without role WORKBENCH, not '" + acting + "'"));
            return;
        }
        UsernamePasswordAuthenticationToken officer = UsernamePasswordAuthenticationToken.authenticated(
                user.get().getUsername(), null, user.get().getAuthorities());
        officer.setDetails("via " + caller.getName());
        SecurityContextHolder.getContext().setAuthentication(officer);
        chain.doFilter(request, response);
    }

    private Optional<UserDetails> load(String name) {
        try {
            return Optional.of(users.loadUserByUsername(name));
        } catch (UsernameNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
