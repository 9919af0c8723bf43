package cn.shixian.web.sample;

import cn.shixian.web.ApiAccessRules;
import cn.shixian.web.Role;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/** A service as small as can be that uses web-support: no {@code @Import}, one rules bean. */
@SpringBootApplication
public class SampleApplication {

    @Bean
    ApiAccessRules sampleRules() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/reports/**").hasRole(Role.OFFICER.name())
                .requestMatchers(HttpMethod.POST, "/api/reports").hasRole(Role.INGEST.name());
    }
}
