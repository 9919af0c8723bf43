package cn.shixian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's HTTP API as a client sees it: real requests to {@code http://127.0.0.1:<port>},
 * with HTTP Basic credentials of the {@link User} given per call ({@code null} sends none).
 * Each service's tests name their own local users.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    /** HTTP Basic credentials. */
    public record User(String name, String password) {

        String authorization() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** An answer, read whole. */
    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** Asserts an RFC 9457 problem with this status, and returns it. */
        public JsonNode problem(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.get("title").asString()).isNotBlank();
            return problem;
        }
    }

    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public Response get(String path, User user) {
        return send(request(path, user).GET());
    }

    public Response post(String path, String contentType, byte[] body, User user) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response post(String path, String contentType, String body, User user) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), user);
    }

    /** A POST without a body (and without a Content-Type). */
    public Response post(String path, User user) {
        return send(request(path, user).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response put(String path, String contentType, String body, User user) {
        return send(request(path, user).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Any request: {@code contentType} and {@code body} may be null (no body), as may {@code user}
     * (no credentials) and {@code actingUser} (no {@code X-Shixian-Acting-User}, the header with which
     * a WORKBENCH account acts for a configured user).
     */
    public Response send(String method, String path, String contentType, byte[] body, User user, String actingUser) {
        HttpRequest.Builder request = request(path, user).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (actingUser != null) {
            request.header("X-Shixian-Acting-User", actingUser);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path, User user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return user == null ? request : request.header("Authorization", user.authorization());
    }

    private static Response send(HttpRequest.Builder request) {
        return send(HTTP, request.build());
    }

    /** Sends a request of the caller's own making on the caller's client (its cookies, its redirects), read whole. */
    public static Response send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
