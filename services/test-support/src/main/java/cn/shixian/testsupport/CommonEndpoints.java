package cn.shixian.testsupport;

import static cn.shixian.testsupport.EndpointMatrix.Answer.FORBIDDEN;
import static cn.shixian.testsupport.EndpointMatrix.Answer.OK;
import static cn.shixian.testsupport.EndpointMatrix.Answer.REDIRECT;
import static cn.shixian.testsupport.EndpointMatrix.Answer.UNAUTHORIZED;

import cn.shixian.testsupport.EndpointMatrix.Call;
import cn.shixian.testsupport.EndpointMatrix.Caller;

/**
 * The rows of the {@link EndpointMatrix} every service has, from web-support's rules: probes,
 * scrapers and the OpenAPI documents open to anyone, the rest of the actuator for ADMIN, and Spring
 * Boot's error page closed to a request of its own.
 */
public final class CommonEndpoints {

    private CommonEndpoints() {
    }

    /** Adds the common rows; {@code anonymous} sends no credentials, {@code admin} is of role ADMIN. */
    public static void addTo(EndpointMatrix matrix, Caller anonymous, Caller admin) {
        open(matrix, "/actuator/health", "/actuator/health");
        open(matrix, "/actuator/health/**", "/actuator/health/readiness");
        open(matrix, "/actuator/info", "/actuator/info");
        open(matrix, "/actuator/prometheus", "/actuator/prometheus");
        open(matrix, "/v3/api-docs", "/v3/api-docs");
        open(matrix, "/v3/api-docs.yaml", "/v3/api-docs.yaml");
        open(matrix, "/v3/api-docs/swagger-config", "/v3/api-docs/swagger-config");
        matrix.endpoint("GET", "/swagger-ui.html").call(Call.get("/swagger-ui.html")).otherwise(REDIRECT);
        adminOnly(matrix, anonymous, admin, "/actuator", "/actuator");
        adminOnly(matrix, anonymous, admin, "/actuator/metrics", "/actuator/metrics");
        adminOnly(matrix, anonymous, admin, "/actuator/metrics/{requiredMetricName}", "/actuator/metrics/jvm.threads.live");
        // Spring Boot's error page: rendered by the container's error dispatch, never for a request of its own
        matrix.endpoint("*", "/error").call(Call.get("/error")).expect(UNAUTHORIZED, anonymous).otherwise(FORBIDDEN);
    }

    private static void open(EndpointMatrix matrix, String pattern, String path) {
        matrix.endpoint("GET", pattern).call(Call.get(path)).otherwise(OK);
    }

    private static void adminOnly(EndpointMatrix matrix, Caller anonymous, Caller admin, String pattern, String path) {
        matrix.endpoint("GET", pattern).call(Call.get(path))
                .expect(UNAUTHORIZED, anonymous).expect(OK, admin).otherwise(FORBIDDEN);
    }
}
