package cn.shixian.importer.sink;

import cn.shixian.importer.event.ImportedEvent;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one event per line (NDJSON), compact JSON as the codec encodes it: {@code kcat -P} sends
 * each line as one record, {@code jq -s} makes a batch for the HTTP ingest.
 */
public final class NdjsonSink implements EventSink {

    private final OutputStream out;
    private final String description;
    private final boolean owned;

    private NdjsonSink(OutputStream out, String description, boolean owned) {
        this.out = new BufferedOutputStream(out);
        this.description = description;
        this.owned = owned;
    }

    public static NdjsonSink toFile(Path file) {
        try {
            return new NdjsonSink(Files.newOutputStream(file), file.toString(), true);
        } catch (IOException e) {
            throw new SinkException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** To a stream the caller keeps open, such as stdout. */
    public static NdjsonSink to(OutputStream stream, String description) {
        return new NdjsonSink(stream, description, false);
    }

    @Override
    public void send(ImportedEvent event) {
        try {
            out.write(event.json());
            out.write('\n');
        } catch (IOException e) {
            throw new SinkException(description + ": cannot write: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        try {
            out.flush();
            if (owned) {
                out.close();
            }
        } catch (IOException e) {
            throw new SinkException(description + ": cannot write: " + e.getMessage(), new UncheckedIOException(e));
        }
    }
}
