package cn.shixian.alerting;

import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The alerting-service's boundaries: no package cycles, a plain-Java lifecycle, HTTP only in its API packages. */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.alerting")
                .domainPackages("lifecycle")
                .webPackages("access", "api", "trend", "worklist")
                .check();
    }
}
