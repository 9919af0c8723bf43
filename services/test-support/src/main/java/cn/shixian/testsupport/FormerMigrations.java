package cn.shixian.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A service's migrations as an earlier version shipped them: today's scripts with the copies kept of
 * those that changed since, in a directory of their own. For tests that migrate a database the way
 * a user's was, then start today's service on it.
 */
public final class FormerMigrations {

    private FormerMigrations() {
    }

    /**
     * @param current the classpath folder of today's scripts, e.g. {@code db/migration/deadline}
     * @param former  the classpath folder of the old copies, each named as the script it replaces
     * @return a Flyway location ({@code filesystem:...}) holding the former set
     */
    public static String location(String current, String former) {
        try {
            Path directory = Files.createTempDirectory("former-migrations-");
            directory.toFile().deleteOnExit();
            copy("classpath*:" + current + "/*.sql", directory);
            // second: the old copies replace today's scripts of the same name
            copy("classpath*:" + former + "/*.sql", directory);
            return "filesystem:" + directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String pattern, Path directory) throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources(pattern);
        if (scripts.length == 0) {
            throw new IllegalArgumentException("no migrations at " + pattern);
        }
        for (Resource script : scripts) {
            Path target = directory.resolve(script.getFilename());
            try (InputStream in = script.getInputStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            target.toFile().deleteOnExit();
        }
    }
}
