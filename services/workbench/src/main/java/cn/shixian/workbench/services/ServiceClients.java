package cn.shixian.workbench.services;

import cn.shixian.workbench.WorkbenchSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.client.RestClient;

/**
 * The two services as the workbench calls them: with its own account (role WORKBENCH) and, on every
 * call, the signed-in officer's name in {@value #ACTING_USER}, so the services apply that officer's
 * roles and regions and record their name. The workbench never reads another service's tables.
 */
@Configuration
class ServiceClients {

    static final String ACTING_USER = "X-Shixian-Acting-User";

    @Bean
    DeadlineApi deadlineApi(RestClient.Builder builder, WorkbenchSettings settings) {
        return new DeadlineApi(client(builder, settings.deadlineUrl(), settings));
    }

    @Bean
    AlertingApi alertingApi(RestClient.Builder builder, WorkbenchSettings settings) {
        return new AlertingApi(client(builder, settings.alertingUrl(), settings));
    }

    private static RestClient client(RestClient.Builder builder, URI base, WorkbenchSettings settings) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (settings.account().name() + ":" + settings.account().password()).getBytes(StandardCharsets.UTF_8));
        return builder.clone()
                .baseUrl(base.toString())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults()
                        .withTimeouts(settings.timeout(), settings.timeout())))
                .defaultHeader(HttpHeaders.AUTHORIZATION, basic)
                .requestInterceptor((request, body, execution) -> {
                    Authentication officer = SecurityContextHolder.getContext().getAuthentication();
                    if (officer != null && officer.isAuthenticated()) {
                        request.getHeaders().set(ACTING_USER, officer.getName());
                    }
                    return execution.execute(request, body);
                })
                .defaultStatusHandler(status -> status.isError(), ServiceFailure::raise)
                .build();
    }
}
