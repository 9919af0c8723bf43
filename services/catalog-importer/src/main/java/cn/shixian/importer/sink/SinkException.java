package cn.shixian.importer.sink;

/** Events could not be written or delivered (file not writable, Kafka unreachable or refusing). */
public class SinkException extends RuntimeException {

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
