package cn.shixian.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Gives a Spring test's application a {@link MutableClock} as its primary {@link java.time.Clock}
 * bean, starting at {@link #value()}; the test moves it through {@code @Autowired MutableClock clock}.
 * Test classes with the same start (and otherwise the same configuration) share one context, and
 * so one clock: set it at the start of each test.
 *
 * <pre>{@code
 * @SpringBootTest
 * @WithMutableClock("2025-09-24T12:00:00+08:00")
 * class SweepIntegrationTest {
 *     @Autowired
 *     MutableClock clock;
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(MutableClockCustomizerFactory.class)
public @interface WithMutableClock {

    /** Where the clock starts: an ISO offset date-time such as {@code 2025-09-24T12:00:00+08:00}. */
    String value();
}
