package cn.shixian.workbench;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The officers' workbench (工作台): the pages compliance officers (政务公开办, 公开主体) open every
 * morning. Server-rendered; every datum comes from the deadline-service's and the
 * alerting-service's HTTP APIs, asked for the signed-in officer.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WorkbenchApplication {

    /** Reads {@code workbench.yml}: the standalone launcher runs it on one classpath with the services. */
    public static final String CONFIG_NAME = "workbench";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(WorkbenchApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
