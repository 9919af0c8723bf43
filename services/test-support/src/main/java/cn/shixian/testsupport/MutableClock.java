package cn.shixian.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A clock a test sets and moves by hand, for code that takes a {@link Clock}; thread-safe. In a
 * Spring test, {@link WithMutableClock} makes one the application's clock; an application a test
 * starts itself takes one with {@link #asPrimaryBean()}.
 */
public final class MutableClock extends Clock {

    /** The name of the bean {@link #asPrimaryBean()} registers. */
    public static final String BEAN_NAME = "testClock";

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    public static MutableClock at(String offsetDateTime) {
        return new MutableClock(OffsetDateTime.parse(offsetDateTime).toInstant());
    }

    public void set(String offsetDateTime) {
        now = OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /**
     * Makes this clock the application's primary {@link Clock} bean, before the first other one is
     * created: {@code AlertingServiceApplication.application().initializers(clock.asPrimaryBean()).run(…)}.
     * Two applications given the same clock share its time.
     */
    public ApplicationContextInitializer<ConfigurableApplicationContext> asPrimaryBean() {
        return this::registerAsPrimaryBean;
    }

    void registerAsPrimaryBean(ConfigurableApplicationContext context) {
        RootBeanDefinition bean = new RootBeanDefinition(MutableClock.class, () -> this);
        bean.setPrimary(true);
        ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition(BEAN_NAME, bean);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a MutableClock is UTC; convert instants where a zone matters");
    }
}
