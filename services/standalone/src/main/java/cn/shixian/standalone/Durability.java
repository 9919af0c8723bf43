package cn.shixian.standalone;

import java.util.Map;

/**
 * What a commit acknowledged by the local PostgreSQL is worth when the machine, not only the
 * launcher, goes down. Zonky's embedded PostgreSQL is made for tests: it always passes {@code -F}
 * (fsync off) and {@code synchronous_commit=off}; the {@code -c} settings here come after that
 * {@code -F} on the postmaster's command line, and the last setting wins.
 */
enum Durability {

    /**
     * The default: every commit is flushed to the WAL before it is acknowledged, and an OS crash or
     * a power cut leaves a data directory PostgreSQL recovers on the next start.
     */
    DURABLE(Map.of("fsync", "on", "synchronous_commit", "on")),

    /**
     * {@code --no-fsync}, for benchmarks: what Zonky does for tests. A killed launcher loses
     * nothing (the OS still writes its page cache out), but an OS crash or a power cut can lose
     * acknowledged commits and leave the data directory corrupt.
     */
    NO_FSYNC(Map.of("fsync", "off", "synchronous_commit", "off"));

    private final Map<String, String> serverConfig;

    Durability(Map<String, String> serverConfig) {
        this.serverConfig = serverConfig;
    }

    /** The PostgreSQL settings ({@code -c name=value}) that make this durability. */
    Map<String, String> serverConfig() {
        return serverConfig;
    }
}
