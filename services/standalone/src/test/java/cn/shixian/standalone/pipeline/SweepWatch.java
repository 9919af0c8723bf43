package cn.shixian.standalone.pipeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The alerting-service's sweep timer ({@code shixian_sweep_seconds}, alerting {@code sweep.Sweep}) as
 * its {@code /actuator/prometheus} shows it (open to GET, no sign-in): how many sweeps have finished,
 * their summed and their recent longest duration. Two readings a sweep apart give that sweep's duration.
 */
final class SweepWatch {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String METRIC = "shixian_sweep_seconds";

    private final URI prometheus;

    SweepWatch(int alertingPort) {
        prometheus = URI.create("http://127.0.0.1:" + alertingPort + "/actuator/prometheus");
    }

    /** The timer at one moment: sweeps finished, their seconds in all, the longest of the last minutes. */
    record Reading(long count, double sumSeconds, double maxSeconds) { }

    Reading read() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(prometheus).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(prometheus + " answered " + response.statusCode());
        }
        return parse(response.body());
    }

    static Reading parse(String exposition) {
        double count = -1;
        double sum = 0;
        double max = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(METRIC + "_count")) {
                count = value(line);
            } else if (line.startsWith(METRIC + "_sum")) {
                sum = value(line);
            } else if (line.startsWith(METRIC + "_max")) {
                max = value(line);
            }
        }
        if (count < 0) {
            throw new IllegalStateException("no " + METRIC + " in the alerting-service's prometheus exposition");
        }
        return new Reading((long) count, sum, max);
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    /** Polls until a sweep after {@code since} has finished; the reading then. */
    Reading next(Reading since, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            Reading now = read();
            if (now.count() > since.count()) {
                return now;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no sweep finished in " + atMost + " (the local run sweeps every 15 s)");
    }
}
