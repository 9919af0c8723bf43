package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code postmaster.pid} whose pid is not a postmaster of the directory (gone, or reused after
 * a reboot) is removed and its pid left alone; a live orphan is {@link CrashRecoveryTest}'s.
 */
class LeftoverPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void aPidFileNamingSomeOtherProcessIsRemovedAndThatProcessLeftAlone() throws Exception {
        Path pidFile = dataDir.resolve(LeftoverPostgres.PID_FILE);
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n" + dataDir + "\n1796240307\n5433\n");

        LeftoverPostgres.clear(dataDir);

        assertThat(pidFile).doesNotExist();  // and this JVM, the pid it named, was not sent SIGINT: it is still here
    }

    @Test
    void aTornPidFileIsRemoved() throws Exception {
        Path pidFile = dataDir.resolve(LeftoverPostgres.PID_FILE);
        Files.writeString(pidFile, "");

        LeftoverPostgres.clear(dataDir);

        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aDirectoryWithoutAPidFileIsLeftAsItIs() throws Exception {
        LeftoverPostgres.clear(dataDir);

        assertThat(dataDir).isEmptyDirectory();
    }
}
