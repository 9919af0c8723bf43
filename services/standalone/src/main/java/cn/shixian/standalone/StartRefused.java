package cn.shixian.standalone;

import java.io.IOException;

/**
 * The launcher will not start, for a reason the person running it can act on (a port in use, a
 * data directory another launcher holds): {@code ./shixian up} prints the message, no stack trace.
 */
final class StartRefused extends IOException {

    StartRefused(String message) {
        super(message);
    }

    StartRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
