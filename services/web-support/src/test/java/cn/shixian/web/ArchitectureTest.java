package cn.shixian.web;

import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The shared web layer's boundaries: no package cycles, and none of the services' classes. */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.web").check();
    }
}
