package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One launcher per data directory; the lock, not the file a dead launcher left, decides. */
class LauncherLockTest {

    @TempDir
    Path dataDir;

    @Test
    void aSecondLauncherOnTheSameDirectoryIsRefusedAndToldWhoHasIt() throws Exception {
        try (LauncherLock first = LauncherLock.acquire(dataDir)) {
            assertThatThrownBy(() -> LauncherLock.acquire(dataDir))
                    .isInstanceOf(StartRefused.class)
                    .hasMessage("Data directory " + dataDir + " is in use by another ./shixian up (pid "
                            + ProcessHandle.current().pid() + "): stop that one first, or give this one another --data-dir");
        }
    }

    @Test
    void aLockFileLeftByADeadLauncherDoesNotCount() throws Exception {
        Files.writeString(dataDir.resolve(LauncherLock.FILE_NAME), "999999999\n");
        try (LauncherLock lock = LauncherLock.acquire(dataDir)) {
            assertThat(Files.readString(dataDir.resolve(LauncherLock.FILE_NAME)))
                    .isEqualTo(ProcessHandle.current().pid() + "\n");
        }
        try (LauncherLock again = LauncherLock.acquire(dataDir)) {
            assertThat(again).isNotNull();
        }
    }
}
