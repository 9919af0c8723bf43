package cn.shixian.importer.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The sample catalogs of {@code infra/sample-data/}, one per seed of {@code ../shared/seeds/}: which
 * seed, which region, how many items the seed holds (counted from the seed text, see
 * infra/sample-data/README.md) and how it converts.
 */
enum SeedCatalog {
    YINING("000", "654002-yining.csv", "654002", 49, YiningSeed::convert, Levels.NUMBERED),
    YINING_COUNTY("001", "654021-yining-county.csv", "654021", 77, CountySeed::convert, Levels.NUMBERED),
    HAMI("002", "650500-hami.csv", "650500", 75, HamiSeed::convert, Levels.MAIN_SUB),
    XINJIANG_HRSS("003", "650000-xinjiang-hrss.csv", "650000", 132, HrssSeed::convert, Levels.NUMBERED),
    ZHANGGONG("004", "360702-zhanggong.csv", "360702", 81, ZhanggongSeed::convert, Levels.NUMBERED);

    /** Where the seeds are from a module's directory; -Dshixian.seeds=DIR elsewhere. */
    static final Path SEEDS = Path.of(System.getProperty("shixian.seeds", "../../../shared/seeds"));
    static final Path SAMPLE_DATA = Path.of(System.getProperty("shixian.sample-data", "../../infra/sample-data"));

    private final String seedPrefix;
    private final String fileName;
    private final String region;
    private final int items;
    private final Function<String, List<SeedItem>> converter;
    private final List<String> levelNames;

    SeedCatalog(String seedPrefix, String fileName, String region, int items,
                Function<String, List<SeedItem>> converter, List<String> levelNames) {
        this.seedPrefix = seedPrefix;
        this.fileName = fileName;
        this.region = region;
        this.items = items;
        this.converter = converter;
        this.levelNames = levelNames;
    }

    /**
     * Fails, never skips, when the seeds are missing: a comparison that silently did not run would
     * pass for one that holds.
     */
    static void requireSeeds() {
        if (!Files.isDirectory(SEEDS)) {
            throw new AssertionError("no seed catalogs at " + SEEDS.toAbsolutePath().normalize()
                    + ": this test compares infra/sample-data/ with the real catalogs of ../shared/seeds/,"
                    + " which must sit beside the clone (as on CI); elsewhere pass -Dshixian.seeds=DIR");
        }
    }

    String region() {
        return region;
    }

    int items() {
        return items;
    }

    Path sampleFile() {
        return SAMPLE_DATA.resolve(fileName);
    }

    Path seedFile() {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(f -> f.getFileName().toString().startsWith(seedPrefix + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + seedPrefix + "_*.txt in " + SEEDS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<SeedItem> convert() {
        try {
            return converter.apply(Files.readString(seedFile(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String csv() {
        return SampleCsv.write(convert(), levelNames);
    }

    /** The catalog as its workbook would save as CSV, merged cells left blank (see {@link ExportedMerges}). */
    String mergedCsv() {
        return SampleCsv.writeMerged(convert(), levelNames);
    }

    /** The level names of the header, as the seed's catalog calls them. */
    private static final class Levels {
        static final List<String> NUMBERED = List.of("一级事项", "二级事项", "三级事项");
        static final List<String> MAIN_SUB = List.of("主项", "子项", "二级子项");
    }
}
