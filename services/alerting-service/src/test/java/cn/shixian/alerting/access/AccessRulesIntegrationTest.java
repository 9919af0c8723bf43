package cn.shixian.alerting.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.CommonAccessRulesTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The alerting-service's rules, checked where the answer does not depend on a controller: a
 * denied request never reaches one. The rules every service has are checked by {@link CommonAccessRulesTest}.
 */
@AlertingApiTest
class AccessRulesIntegrationTest extends CommonAccessRulesTest {

    private static final ApiClient.User STRANGER = new ApiClient.User("officer", "not-the-password");
    private static final ApiClient.User NOBODY = new ApiClient.User("nobody", "officer-local");

    AccessRulesIntegrationTest() {
        super(LocalUser.ADMIN, LocalUser.OFFICER, "/api/alerts", "/api/alerts/{id}/ack", "/api/obligations/summary");
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
    void officersReadAndAcknowledgeButNothingElse() {
        assertThat(api.get("/api/alerts", LocalUser.OFFICER).status()).isEqualTo(200);
        assertThat(api.get("/api/obligations/summary", LocalUser.OFFICER).status()).isEqualTo(200);
        api.post("/api/alerts/" + UUID.randomUUID() + "/ack", "application/json", "{}", LocalUser.OFFICER).problem(404);

        api.post("/api/alerts", "application/json", "{}", LocalUser.OFFICER).problem(403);
        api.get("/api/alerts/" + UUID.randomUUID(), LocalUser.OFFICER).problem(403);
    }

    @Test
    void theOpenApiDocumentListsTheAlertFilters() {
        JsonNode document = api.get("/v3/api-docs", null).json();
        assertThat(document.at("/paths/~1api~1alerts/get/parameters").valueStream()
                .map(p -> p.get("name").asString()))
                .contains("state", "region", "responsibleBody", "acknowledged", "page", "size");
    }
}
