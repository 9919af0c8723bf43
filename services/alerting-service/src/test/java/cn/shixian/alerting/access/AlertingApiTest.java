package cn.shixian.alerting.access;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The alerting-service on a random port as deployed locally (its config, its local users), against
 * the real Kafka and PostgreSQL. The gauges refresh every 200 ms. The sweep's scheduler does not
 * start in these tests, and the rows the tests write are consistent with their state, so a sweep
 * of another test's context changes nothing of them. One annotation, so every API test shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=" + AlertingServiceApplication.CONFIG_NAME,
        "shixian.metrics.obligations.refresh-interval=200ms",
        "spring.quartz.auto-startup=false"})
@WithRealInfrastructure
public @interface AlertingApiTest {
}
