package cn.shixian.deadline;

import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The deadline-service's boundaries: no package cycles, a plain-Java obligation model, HTTP only in its API packages. */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.deadline")
                .domainPackages("obligation", "request")
                .webPackages("access", "calendar", "explanation", "ingest", "query", "reading", "requestapi")
                .check();
    }
}
