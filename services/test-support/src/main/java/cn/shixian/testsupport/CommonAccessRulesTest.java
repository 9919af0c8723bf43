package cn.shixian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The access rules every service has, checked over real HTTP against the running service: the
 * ones web-support gives (probes, scrapers and the OpenAPI document need no credentials; the rest
 * of the actuator is for ADMIN; the document asks for HTTP Basic) and the project's rule that an
 * {@code /api} path without a rule of the service's own is for ADMIN only. A service's
 * {@code AccessRulesIntegrationTest} extends it, names its users and endpoints in its constructor,
 * and adds tests of its own rules.
 */
public abstract class CommonAccessRulesTest extends HttpApiTest {

    private final ApiClient.User admin;
    private final ApiClient.User officer;
    private final List<String> documentedPaths;

    /**
     * @param admin           a user of role ADMIN
     * @param officer         a user of role OFFICER (not ADMIN)
     * @param documentedPaths paths the OpenAPI document must list
     */
    protected CommonAccessRulesTest(ApiClient.User admin, ApiClient.User officer, String... documentedPaths) {
        this.admin = admin;
        this.officer = officer;
        this.documentedPaths = List.of(documentedPaths);
    }

    @Test
    void probesScrapersAndApiDocsNeedNoCredentials() {
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreForAdmin() {
        api.get("/actuator/metrics", officer).problem(403);
        assertThat(api.get("/actuator/metrics", admin).status()).isEqualTo(200);
    }

    @Test
    void anApiPathWithoutARuleIsForAdminOnly() {
        api.get("/api/not-yet-written", officer).problem(403);
        api.get("/api/not-yet-written", admin).problem(404);
    }

    @Test
    void theOpenApiDocumentListsTheEndpointsBehindHttpBasic() {
        JsonNode document = api.get("/v3/api-docs", null).json();
        assertThat(document.get("paths").propertyNames()).containsAll(documentedPaths);
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
    }
}
