package cn.shixian.deadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The deadline-service's HTTP API as a client sees it, with the local users of shixian-security-defaults.yml. */
public final class ApiClient {

    /** Properties that start the service as deployed locally, users included. */
    public static final String CONFIG_NAME = "spring.config.name=deadline-service";
    public static final String CONFIG_IMPORT =
            "spring.config.import=classpath:shixian-eventing.yml,classpath:shixian-security-defaults.yml";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    /** The users of {@code shixian-security-defaults.yml}; {@code null} sends no credentials. */
    public enum LocalUser {
        ADMIN("admin", "admin-local"), INGEST("ingest", "ingest-local"), OFFICER("officer", "officer-local");

        private final String name;
        private final String password;

        LocalUser(String name, String password) {
            this.name = name;
            this.password = password;
        }

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

    public Response get(String path, LocalUser user) {
        return send(request(path, user).GET());
    }

    public Response post(String path, String contentType, byte[] body, LocalUser user) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response put(String path, String contentType, String body, LocalUser user) {
        return send(request(path, user).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, LocalUser user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return user == null ? request : request.header("Authorization", user.authorization());
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
