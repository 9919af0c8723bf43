package cn.shixian.standalone;

import java.nio.file.Path;

/**
 * Where the local system keeps its data and which ports it serves.
 *
 * @param dataDir    Kafka's log directory and PostgreSQL's data directory live below it
 * @param durability whether PostgreSQL flushes each commit to disk ({@code --no-fsync} turns it off)
 */
record LocalSettings(Path dataDir, int kafkaPort, int kafkaControllerPort, int postgresPort,
                     int deadlinePort, int alertingPort, int workbenchPort, boolean demo, Durability durability) {

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    Path postgresDir() {
        return dataDir.resolve("postgres");
    }
}
