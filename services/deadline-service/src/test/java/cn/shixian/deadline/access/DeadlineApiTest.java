package cn.shixian.deadline.access;

import cn.shixian.testsupport.WithRealInfrastructure;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The deadline-service on a random port as deployed locally (its config, its local users,
 * {@link LocalUser}), against the real Kafka and PostgreSQL. One annotation, so every API test
 * shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {LocalUser.CONFIG_NAME, LocalUser.CONFIG_IMPORT})
@WithRealInfrastructure
public @interface DeadlineApiTest {
}
