package cn.shixian.importer.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the importer on any bytes saved as {@code catalog.csv}: the CSV reader (encoding,
 * delimiter, RFC 4180 quoting), the header matcher, filling down and the row readers; bytes
 * that begin like a workbook go to the workbook reader, as they would from a user. Its contract:
 * {@link ImportContract}. Seeds and past findings: {@code CsvCatalogFuzzTestInputs/readsAnyCsv}.
 */
class CsvCatalogFuzzTest {

    private static final ImportContract CONTRACT = new ImportContract("catalog.csv");

    @FuzzTest
    void readsAnyCsv(byte[] file) {
        CONTRACT.importsOrRefuses(file);
    }
}
