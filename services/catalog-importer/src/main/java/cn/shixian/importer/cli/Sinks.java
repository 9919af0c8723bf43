package cn.shixian.importer.cli;

import cn.shixian.importer.sink.EventSink;
import cn.shixian.importer.sink.KafkaSink;
import cn.shixian.importer.sink.NdjsonSink;
import java.io.OutputStream;
import java.nio.file.Path;

/** Opens the sink the options ask for; a test passes its own stdout. */
record Sinks(OutputStream stdout) {

    EventSink open(String file, String bootstrapServers) {
        if (bootstrapServers != null) {
            return new KafkaSink(bootstrapServers);
        }
        if (file == null || file.equals("-")) {
            return NdjsonSink.to(stdout, "stdout");
        }
        return NdjsonSink.toFile(Path.of(file));
    }
}
