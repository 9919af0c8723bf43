package cn.shixian.deadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deadline-service's rules, checked where the answer does not depend on a controller: a
 * denied request never reaches one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {LocalUser.CONFIG_NAME, LocalUser.CONFIG_IMPORT})
@WithRealInfrastructure
class AccessRulesIntegrationTest {

    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void probesAndScrapersNeedNoCredentials() {
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreForAdmin() {
        api.get("/actuator/metrics", LocalUser.OFFICER).problem(403);
        assertThat(api.get("/actuator/metrics", LocalUser.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void onlyAdminLoadsCalendars() {
        api.put("/api/calendars/CN/2031", "application/json", "{}", LocalUser.OFFICER).problem(403);
        api.put("/api/calendars/CN/2031", "application/json", "{}", LocalUser.INGEST).problem(403);
        api.put("/api/calendars/CN/2031", "application/json", "{}", null).problem(401);
    }

    @Test
    void upstreamSystemsCannotReadAndOfficersCannotIngest() {
        api.get("/api/calendars", LocalUser.INGEST).problem(403);
        api.get("/api/obligations", LocalUser.INGEST).problem(403);
        api.get("/api/items/any", LocalUser.INGEST).problem(403);
        api.post("/api/events", "application/json", "{}".getBytes(), LocalUser.OFFICER).problem(403);
    }

    @Test
    void anApiPathWithoutARuleIsForAdminOnly() {
        api.post("/api/obligations", "application/json", "{}".getBytes(), LocalUser.OFFICER).problem(403);
        api.get("/api/not-yet-written", LocalUser.OFFICER).problem(403);
        api.get("/api/not-yet-written", LocalUser.ADMIN).problem(404);
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() {
        var document = api.get("/v3/api-docs", null).json();
        assertThat(document.get("paths").propertyNames())
                .contains("/api/events", "/api/items/{itemId}", "/api/obligations");
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
    }
}
