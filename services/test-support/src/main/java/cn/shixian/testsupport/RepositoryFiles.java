package cn.shixian.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository, found from wherever a test runs (a module's directory, or the root). */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    /** The file or directory at this path from the repository's root, looked for above the working directory. */
    public static Path find(String pathFromRoot) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(pathFromRoot);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(pathFromRoot + " not found above " + Path.of("").toAbsolutePath());
    }
}
