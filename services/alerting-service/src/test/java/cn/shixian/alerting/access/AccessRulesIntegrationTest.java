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
        super(LocalUser.ADMIN, LocalUser.OFFICER, "/api/alerts", "/api/alerts/{id}", "/api/alerts/{id}/ack",
                "/api/alerts/ack", "/api/obligations", "/api/obligations/summary", "/api/obligations/trend");
    }

    @Test
    void theApiWantsCredentialsAndSaysSoAsAProblem() {
        String ack = "/api/alerts/" + UUID.randomUUID() + "/ack";
        for (ApiClient.Response response : new ApiClient.Response[] {
                api.get("/api/alerts", null), api.get("/api/obligations/summary", null),
                api.get("/api/alerts/" + UUID.randomUUID(), null), api.get("/api/obligations", null),
                api.get("/api/obligations/trend", null), api.post("/api/alerts/ack", "application/json", "{}", null),
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
        for (ApiClient.User officer : new ApiClient.User[] {LocalUser.OFFICER, LocalUser.HAMI, LocalUser.ZHANGGONG}) {
            assertThat(api.get("/api/alerts", officer).status()).isEqualTo(200);
            assertThat(api.get("/api/obligations", officer).status()).isEqualTo(200);
            assertThat(api.get("/api/obligations/summary", officer).status()).isEqualTo(200);
            assertThat(api.get("/api/obligations/trend", officer).status()).isEqualTo(200);
            api.get("/api/alerts/" + UUID.randomUUID(), officer).problem(404);
            api.post("/api/alerts/" + UUID.randomUUID() + "/ack", "application/json", "{}", officer).problem(404);
            assertThat(api.post("/api/alerts/ack", "application/json", "{\"ids\": [\"" + UUID.randomUUID() + "\"]}",
                    officer).status()).isEqualTo(200);

            api.post("/api/alerts", "application/json", "{}", officer).problem(403);
            api.get("/api/obligations/" + UUID.randomUUID(), officer).problem(403);
        }
    }

    @Test
    void theWorkbenchMayDoNothingOnItsOwn() {
        for (ApiClient.Response response : new ApiClient.Response[] {
                api.get("/api/alerts", LocalUser.WORKBENCH), api.get("/api/alerts/" + UUID.randomUUID(), LocalUser.WORKBENCH),
                api.get("/api/obligations", LocalUser.WORKBENCH), api.get("/api/obligations/summary", LocalUser.WORKBENCH),
                api.get("/api/obligations/trend", LocalUser.WORKBENCH),
                api.post("/api/alerts/ack", "application/json", "{}", LocalUser.WORKBENCH),
                api.post("/api/alerts/" + UUID.randomUUID() + "/ack", "application/json", "{}", LocalUser.WORKBENCH)}) {
            response.problem(403);
        }
    }

    @Test
    void theOpenApiDocumentListsTheAlertFilters() {
        JsonNode document = api.get("/v3/api-docs", null).json();
        assertThat(document.at("/paths/~1api~1alerts/get/parameters").valueStream()
                .map(p -> p.get("name").asString()))
                .contains("kind", "state", "region", "responsibleBody", "itemId", "acknowledged", "page", "size");
        assertThat(document.at("/paths/~1api~1obligations/get/parameters").valueStream()
                .map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("kind", "state", "region", "responsibleBody", "category", "q", "itemId",
                        "dueOnOrBefore", "dueOnOrAfter", "dueWithinWorkingDays", "sort", "page", "size");
        assertThat(document.at("/paths/~1api~1obligations~1trend/get/parameters").valueStream()
                .map(p -> p.get("name").asString())).containsExactlyInAnyOrder("region", "days");
    }
}
