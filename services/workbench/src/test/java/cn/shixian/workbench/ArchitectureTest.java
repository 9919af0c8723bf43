package cn.shixian.workbench;

import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The workbench's boundaries: no package cycles between its pages, and it reaches the services
 * through their HTTP APIs only (package {@code services}), never through their classes.
 */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.workbench").check();
    }
}
