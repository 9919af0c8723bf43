package cn.shixian.standalone;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per data directory: {@code DIR/shixian.lock}, locked by the operating system for as
 * long as this launcher lives, holding its pid for the message a second one gets. The lock, not
 * the file, is what counts: the kernel drops it when the launcher dies, however it dies, so a file
 * left by a killed launcher never stands in the way. Whoever holds it may therefore treat
 * everything else running on the directory as left behind.
 */
final class LauncherLock implements AutoCloseable {

    static final String FILE_NAME = "shixian.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private LauncherLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the data directory for this launcher, or says which launcher has it. */
    static LauncherLock acquire(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new StartRefused("Data directory " + dataDir + " is in use by another ./shixian up"
                    + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                    + ": stop that one first, or give this one another --data-dir");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new LauncherLock(channel, lock);
    }

    /**
     * Lets go of the directory. The file stays: deleting it would race with a launcher that has
     * just opened it and would then lock a file nobody else can see.
     */
    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
