package cn.shixian.standalone;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a killed launcher left of its Kafka broker: the log directory's {@code .lock}, which a
 * broker that stops cleanly deletes (writing {@code .kafka_cleanshutdown} instead). The broker
 * locks that file with a real file lock, so a stale one would not stop it; it is removed so that
 * the next broker starts from the same state as after a clean stop, and said, because the broker
 * then checks and recovers its logs (the clean-shutdown marker is missing) before it serves.
 * Called only by the holder of the data directory's {@link LauncherLock}.
 */
final class LeftoverKafka {

    static final String LOCK_FILE = ".lock";

    private LeftoverKafka() {
    }

    static void clear(Path logDir) throws IOException {
        Path lockFile = logDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock free = channel.tryLock()) {
            if (free == null) {
                throw new StartRefused("A Kafka broker that is not this launcher's holds " + lockFile
                        + ": stop it, or give ./shixian up another --data-dir");
            }
        }
        Files.delete(lockFile);
        LauncherConsole.say("removed Kafka's " + lockFile + " left by a killed ./shixian up"
                + " (the broker recovers its log before it serves)");
    }
}
