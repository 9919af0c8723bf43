package cn.shixian.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.web.sample.SampleApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sample service over real HTTP: who gets in, and what every error looks like. */
@SpringBootTest(classes = SampleApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "shixian.security.users[0].name=admin",
                "shixian.security.users[0].password={noop}admin-test",
                "shixian.security.users[0].roles=ADMIN",
                "shixian.security.users[1].name=officer",
                // the same user store takes hashes: this is bcrypt of "officer-test"
                "shixian.security.users[1].password={bcrypt}$2a$10$.oP/GVKpjAVK7Apf8kzgNe/maca5YXo8kvSxnYShDR6euOWYUeFH.",
                "shixian.security.users[1].roles=OFFICER",
                "shixian.security.users[2].name=ingest",
                "shixian.security.users[2].password={noop}ingest-test",
                "shixian.security.users[2].roles=INGEST",
                "shixian.security.users[3].name=workbench",
                "shixian.security.users[3].password={noop}workbench-test",
                "shixian.security.users[3].roles=WORKBENCH",
                "shixian.security.users[4].name=hami",
                "shixian.security.users[4].password={noop}hami-test",
                "shixian.security.users[4].roles=OFFICER",
                "shixian.security.users[4].regions=650500,6540",
                "management.endpoints.web.exposure.include=health,info,metrics",
                "management.endpoint.health.probes.enabled=true"})
class WebSupportIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;

    @Test
    void healthIsOpenToAnyone() throws Exception {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info", null).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutCredentialsTheAnswerIs401ProblemWithABasicChallenge() throws Exception {
        HttpResponse<String> response = get("/api/reports/7", null);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"shixian\"");
        assertThat(json(response).get("instance").asString()).isEqualTo("/api/reports/7");
    }

    @Test
    void theErrorPageAnswersNoRequestOfItsOwnAndTheYamlDocumentIsOpen() throws Exception {
        assertProblem(get("/error", null), 401);
        assertProblem(get("/error", basic("admin", "admin-test")), 403);
        assertThat(get("/v3/api-docs.yaml", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIs401Too() throws Exception {
        HttpResponse<String> response = get("/api/reports/7", basic("officer", "guess"));

        assertProblem(response, 401);
        assertThat(json(response).get("detail").asString()).contains("user name or password is wrong");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"shixian\"");
    }

    @Test
    void theWrongRoleIs403Problem() throws Exception {
        HttpResponse<String> response = get("/api/reports/7", basic("ingest", "ingest-test"));

        assertProblem(response, 403);
        assertThat(json(response).get("detail").asString()).contains("ingest").contains("GET /api/reports/7");
    }

    @Test
    void theRightRoleGetsIn() throws Exception {
        HttpResponse<String> response = get("/api/reports/7", basic("officer", "officer-test"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("id").asString()).isEqualTo("7");
    }

    @Test
    void adminMayDoWhatOfficersAndIngestMay() throws Exception {
        assertThat(get("/api/reports/7", basic("admin", "admin-test")).statusCode()).isEqualTo(200);
        assertThat(post("/api/reports", "{\"title\":\"t\",\"pages\":2}", basic("admin", "admin-test")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void actuatorEndpointsBeyondHealthNeedAdmin() throws Exception {
        assertProblem(get("/actuator/metrics", null), 401);
        assertProblem(get("/actuator/metrics", basic("officer", "officer-test")), 403);
        assertThat(get("/actuator/metrics", basic("admin", "admin-test")).statusCode()).isEqualTo(200);
    }

    @Test
    void pathsWithoutARuleNeedAnyAuthenticatedUser() throws Exception {
        assertProblem(get("/api/whoami", null), 401);
        HttpResponse<String> response = get("/api/whoami", basic("ingest", "ingest-test"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("name").asString()).isEqualTo("ingest");
    }

    @Test
    void aUserSeesTheRegionsConfiguredForThemAndAdminEveryRegion() throws Exception {
        JsonNode hami = json(get("/api/whoami", basic("hami", "hami-test")));
        assertThat(hami.get("regions").values()).extracting(JsonNode::asString).containsExactly("650500", "6540");
        assertThat(hami.get("everywhere").asBoolean()).isFalse();
        assertThat(json(get("/api/whoami", basic("admin", "admin-test"))).get("everywhere").asBoolean()).isTrue();
    }

    @Test
    void theWorkbenchActsForTheUserItNamesWithThatUsersRolesAndRegions() throws Exception {
        HttpResponse<String> asHami = send(HttpRequest.newBuilder(uri("/api/whoami")).GET()
                .header("Authorization", basic("workbench", "workbench-test"))
                .header("X-Shixian-Acting-User", "hami"));
        assertThat(asHami.statusCode()).isEqualTo(200);
        assertThat(json(asHami).get("name").asString()).isEqualTo("hami");
        assertThat(json(asHami).get("regions").values()).extracting(JsonNode::asString).contains("650500");
        // hami is an officer: reports are open to it through the workbench, as they are directly
        assertThat(send(HttpRequest.newBuilder(uri("/api/reports/7")).GET()
                .header("Authorization", basic("workbench", "workbench-test"))
                .header("X-Shixian-Acting-User", "hami")).statusCode()).isEqualTo(200);
        // the workbench's own role grants nothing
        assertProblem(get("/api/reports/7", basic("workbench", "workbench-test")), 403);
    }

    @Test
    void nobodyButTheWorkbenchMayActForAnotherUser() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/api/whoami")).GET()
                .header("Authorization", basic("officer", "officer-test"))
                .header("X-Shixian-Acting-User", "admin")), 403);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/whoami")).GET()
                .header("Authorization", basic("workbench", "workbench-test"))
                .header("X-Shixian-Acting-User", "nobody")), 403);
        // the workbench acts for people, not for another service account
        assertProblem(send(HttpRequest.newBuilder(uri("/api/whoami")).GET()
                .header("Authorization", basic("workbench", "workbench-test"))
                .header("X-Shixian-Acting-User", "workbench")), 403);
    }

    @Test
    void badRequestsAnswerProblemDetails() throws Exception {
        String officer = basic("officer", "officer-test");
        assertProblem(get("/api/reports/7?copies=many", officer), 400);
        assertProblem(post("/api/reports", "{not json", basic("ingest", "ingest-test")), 400);
        assertProblem(get("/api/nothing-here", officer), 404);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/reports/7"))
                .DELETE().header("Authorization", officer)), 405);
    }

    @Test
    void anUnexpectedFailureIs500WithoutInternals() throws Exception {
        HttpResponse<String> response = get("/api/failing", basic("officer", "officer-test"));

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("secret-host", "IllegalStateException", "at cn.shixian");
    }

    @Test
    void theOpenApiDocumentIsOpenAndDeclaresBasicAuth() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/security/0/basicAuth").isArray()).isTrue();
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        return send(HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
