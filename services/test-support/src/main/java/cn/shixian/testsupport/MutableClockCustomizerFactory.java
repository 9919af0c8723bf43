package cn.shixian.testsupport;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Reads {@link WithMutableClock}; its start is part of the context's cache key. */
class MutableClockCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        WithMutableClock clock = TestContextAnnotationUtils.findMergedAnnotation(testClass, WithMutableClock.class);
        return clock == null ? null : new Customizer(clock.value());
    }

    /** A record: equal starts, equal customizers, one cached context. */
    private record Customizer(String start) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            MutableClock.at(start).registerAsPrimaryBean(context);
        }
    }
}
