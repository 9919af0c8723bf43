package cn.shixian.workcalendar;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar is plain Java: no framework anywhere, and Jackson only in NoticeReader,
 * the one class that reads the holiday notices' JSON files; the command line lives in {@code cli}.
 */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.workcalendar")
                .domainClasses(DescribedPredicate.describe("the calendar's classes but the notice file reader",
                        (JavaClass type) -> type.getPackageName().equals("cn.shixian.workcalendar")
                                && !type.getName().startsWith(NoticeReader.class.getName())))
                .webPackages()
                .check();
    }
}
