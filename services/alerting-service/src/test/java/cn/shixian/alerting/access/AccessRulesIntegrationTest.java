package cn.shixian.alerting.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.testsupport.ApiClient;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The alerting-service's rules, checked where the answer does not depend on a controller: a
 * denied request never reaches one.
 */
@AlertingApiTest
class AccessRulesIntegrationTest {

    private static final ApiClient.User STRANGER = new ApiClient.User("officer", "not-the-password");
    private static final ApiClient.User NOBODY = new ApiClient.User("nobody", "officer-local");

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void probesScrapersAndApiDocsNeedNoCredentials() {
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    @Test
    void theApiWantsCredentialsAndSaysSoAsAProblem() {
        String ack = "/api/alerts/" + UUID.randomUUID() + "/ack";
        for (ApiClient.Response response : new ApiClient.Response[] {
                api.get("/api/alerts", null), api.get("/api/obligations/summary", null),
                api.post(ack, "application/json", "{}", null),
                api.get("/api/alerts", STRANGER), api.get("/api/alerts", NOBODY)}) {
            JsonNode problem = response.problem(401);
            assertThat(problem.get("title").asString()).isNotBlank();
            assertThat(response.raw().headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"shixian\"");
        }
        // a wrong user name reads the same as a wrong password
        assertThat(api.get("/api/alerts", NOBODY).body()).isEqualTo(api.get("/api/alerts", STRANGER).body());
    }

    @Test
    void officersReadAndAcknowledgeButAnApiPathWithoutARuleIsForAdminOnly() {
        assertThat(api.get("/api/alerts", LocalUser.OFFICER).status()).isEqualTo(200);
        assertThat(api.get("/api/obligations/summary", LocalUser.OFFICER).status()).isEqualTo(200);
        api.post("/api/alerts/" + UUID.randomUUID() + "/ack", "application/json", "{}", LocalUser.OFFICER).problem(404);

        api.post("/api/alerts", "application/json", "{}", LocalUser.OFFICER).problem(403);
        api.get("/api/alerts/" + UUID.randomUUID(), LocalUser.OFFICER).problem(403);
        api.get("/api/not-yet-written", LocalUser.OFFICER).problem(403);
        api.get("/api/not-yet-written", LocalUser.ADMIN).problem(404);
    }

    @Test
    void otherActuatorEndpointsAreForAdmin() {
        api.get("/actuator/metrics", LocalUser.OFFICER).problem(403);
        assertThat(api.get("/actuator/metrics", LocalUser.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() {
        JsonNode document = api.get("/v3/api-docs", null).json();
        assertThat(document.get("paths").propertyNames())
                .contains("/api/alerts", "/api/alerts/{id}/ack", "/api/obligations/summary");
        assertThat(document.at("/paths/~1api~1alerts/get/parameters").valueStream()
                .map(p -> p.get("name").asString()))
                .contains("state", "region", "responsibleBody", "acknowledged", "page", "size");
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
    }
}
