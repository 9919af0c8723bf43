package cn.shixian.alerting;

import cn.shixian.eventing.EventingConfiguration;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The alerting service (预警服务): keeps a read model of every obligation, flags those due soon
 * or overdue, and tells the compliance officers.
 */
@SpringBootApplication
@Import(EventingConfiguration.class)
public class AlertingServiceApplication {

    /**
     * The service reads {@code alerting-service.yml}, not {@code application.yml}: the standalone
     * launcher runs both services from one classpath, where two {@code application.yml} would clash.
     */
    public static final String CONFIG_NAME = "alerting-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(AlertingServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
