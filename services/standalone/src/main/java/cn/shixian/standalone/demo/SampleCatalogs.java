package cn.shixian.standalone.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sample catalogs made from the seeds ({@code infra/sample-data/<region>-<name>.csv}), found
 * by walking up from the working directory, as {@code ./shixian up} runs from the repository.
 */
final class SampleCatalogs {

    private SampleCatalogs() {
    }

    static Optional<Path> directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("infra/sample-data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The CSV files of {@code directory}, by name; the region is the name's first part. */
    static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().matches("[1-8][0-9]{5}-.*\\.csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String region(Path file) {
        return file.getFileName().toString().substring(0, 6);
    }
}
