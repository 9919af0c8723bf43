package cn.shixian.deadline;

import cn.shixian.eventing.EventingConfiguration;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The deadline service (时限计算服务): item events in, disclosure obligations and due dates out.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(EventingConfiguration.class)
public class DeadlineServiceApplication {

    /**
     * The service reads {@code deadline-service.yml}, not {@code application.yml}: the standalone
     * launcher runs both services from one classpath, where two {@code application.yml} would clash.
     */
    public static final String CONFIG_NAME = "deadline-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(DeadlineServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
