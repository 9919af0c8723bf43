package cn.shixian.importer.sink;

import cn.shixian.importer.event.ImportedEvent;

/** Where imported events go: Kafka or an NDJSON file. {@link #close} delivers what is pending. */
public interface EventSink extends AutoCloseable {

    void send(ImportedEvent event);

    /** A short description for the CLI's summary, e.g. "topic disclosure.items at host:9092". */
    String describe();

    /** Flushes and releases; throws {@link SinkException} if an event could not be delivered. */
    @Override
    void close();
}
