package cn.shixian.importer;

import cn.shixian.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The importer's boundaries: rows, headers and the events they become are plain Java; reading
 * spreadsheets (POI, Commons CSV) is {@code table}'s and sending to Kafka is {@code sink}'s.
 */
class ArchitectureTest {

    @Test
    void keepsItsBoundaries() {
        ArchitectureRules.of("cn.shixian.importer")
                .domainPackages("row", "header", "event")
                .webPackages()
                .check();
    }
}
