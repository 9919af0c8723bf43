package cn.shixian.contracts;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The contracts' boundaries: the event data are plain records that every service and upstream
 * system can read; Jackson and the JSON Schemas stay in the codec (EventCodec and its readers).
 * CalendarLoaded is the one exception: it carries a holiday notice as the JSON document it is.
 */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.contracts")
                .domainClasses(DescribedPredicate.describe("event data other than CalendarLoaded",
                        (JavaClass type) -> type.isAssignableTo(EventData.class) && !type.isEquivalentTo(CalendarLoaded.class)))
                .webPackages()
                .check();
    }
}
