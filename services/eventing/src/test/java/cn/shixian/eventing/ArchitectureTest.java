package cn.shixian.eventing;

import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** eventing's boundaries: no package cycles, no service's classes, no HTTP (it is the services' Kafka and outbox side). */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.eventing").webPackages().check();
    }
}
