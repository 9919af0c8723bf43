package cn.shixian.alerting.access;

import cn.shixian.testsupport.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls the service as the workbench does: with its own credentials ({@link LocalUser#WORKBENCH})
 * and the officer it acts for in {@code X-Shixian-Acting-User}.
 */
public final class WorkbenchClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public WorkbenchClient(int port) {
        this.port = port;
    }

    public ApiClient.Response get(String path, String actingUser) {
        return send(request(path, actingUser).GET());
    }

    public ApiClient.Response post(String path, String json, String actingUser) {
        return send(request(path, actingUser).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String actingUser) {
        String credentials = LocalUser.WORKBENCH.name() + ":" + LocalUser.WORKBENCH.password();
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("X-Shixian-Acting-User", actingUser);
    }

    private static ApiClient.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiClient.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
