package cn.shixian.workcalendar;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar is plain Java: no framework anywhere, and Jackson only in NoticeReader,
 * the one class that reads the holiday notices' JSON files, and the notice text reader's JSON
 * writers ({@code notice.*Json}); the command line lives in {@code cli}.
 */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.workcalendar")
                .domainClasses(DescribedPredicate.describe("the calendar's and the notice text reader's classes"
                        + " but the notice file reader and the notice JSON writers",
                        (JavaClass type) -> type.getPackageName().equals("cn.shixian.workcalendar")
                                && !type.getName().startsWith(NoticeReader.class.getName())
                                || type.getPackageName().equals("cn.shixian.workcalendar.notice")
                                && !type.getSimpleName().endsWith("Json")))
                .webPackages()
                .check();
    }
}
