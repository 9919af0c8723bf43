package cn.shixian.workbench.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service answered with an error: its status and the problem's detail (RFC 9457), shown to the
 * officer as it is. A 404 means "does not exist or is not yours": the services answer alike for both.
 */
public class ServiceFailure extends RuntimeException {

    private final HttpStatusCode status;
    private final List<String> errors;

    public ServiceFailure(HttpStatusCode status, String detail) {
        this(status, detail, List.of());
    }

    /** @param errors the messages of the problem's {@code errors} (each field and rule broken), in order */
    public ServiceFailure(HttpStatusCode status, String detail, List<String> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** What the problem lists as broken, one sentence each; empty when it lists nothing. */
    public List<String> errors() {
        return errors;
    }

    public HttpStatusCode status() {
        return status;
    }

    public boolean notFound() {
        return status.value() == 404;
    }

    static void raise(HttpRequest request, ClientHttpResponse response) throws IOException {
        String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        String detail = body;
        List<String> errors = new ArrayList<>();
        try {
            JsonNode problem = JsonMapper.shared().readTree(body);
            if (problem.hasNonNull("detail")) {
                detail = problem.get("detail").asString();
            }
            if (problem.has("errors")) {
                problem.get("errors").valueStream().filter(e -> e.hasNonNull("message"))
                        .forEach(e -> errors.add(e.get("message").asString()));
            }
        } catch (RuntimeException notJson) {
            // keep the body as it is
        }
        throw new ServiceFailure(response.getStatusCode(), detail, errors);
    }
}
