package cn.shixian.standalone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Fails early with a clear message when a port the local system needs is taken. */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(int port, String forWhat) throws IOException {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException taken) {
            throw new StartRefused(forWhat + " needs port " + port
                    + " on 127.0.0.1, but it is in use (is Shixian already running?)", taken);
        }
    }
}
