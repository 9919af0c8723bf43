package cn.shixian.workbench.services;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    public ServiceFailure(HttpStatusCode status, String detail) {
        super(detail);
        this.status = status;
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
        try {
            JsonNode problem = JsonMapper.shared().readTree(body);
            if (problem.hasNonNull("detail")) {
                detail = problem.get("detail").asString();
            }
        } catch (RuntimeException notJson) {
            // keep the body as it is
        }
        throw new ServiceFailure(response.getStatusCode(), detail);
    }
}
