package cn.shixian.alerting.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.access.AlertingApiTest;
import cn.shixian.alerting.access.LocalUser;
import cn.shixian.alerting.access.WorkbenchClient;
import cn.shixian.testsupport.ApiClient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every alerting API within the caller's regions (辖区), over real HTTP: hami (650500) against an alert
 * of 章贡区 (360702), the admin and an officer of every region, and the workbench acting for each.
 */
@AlertingApiTest
class RegionScopeIntegrationTest extends ReadModelApiTest {

    private static final String ZHANGGONG = "360702";
    private static final String HAMI = "650500";
    private static final String ZHANGGONG_HRSS = "赣州市章贡区人力资源和社会保障局";

    @LocalServerPort
    int port;

    private WorkbenchClient workbench;
    private UUID hamiAlert;
    private UUID zhanggongAlert;
    private String hamiItem;
    private String zhanggongItem;

    @BeforeEach
    void twoAlertsOfTwoRegions() {
        workbench = new WorkbenchClient(port);
        hamiItem = "scope-" + UUID.randomUUID();
        zhanggongItem = "scope-" + UUID.randomUUID();
        Instant raised = Instant.parse("2026-05-06T02:00:00Z");
        hamiAlert = rows.alert("OVERDUE", hamiItem, 1, HAMI, HAMI_HRSS, raised);
        zhanggongAlert = rows.alert("OVERDUE", zhanggongItem, 1, ZHANGGONG, ZHANGGONG_HRSS, raised);
    }

    @Test
    void anOfficerListsOnlyTheAlertsOfTheirRegions() {
        assertThat(ids("/api/alerts?itemId=" + zhanggongItem, LocalUser.HAMI)).isEmpty();
        assertThat(ids("/api/alerts?itemId=" + hamiItem, LocalUser.HAMI)).containsExactly(hamiAlert);
        assertThat(ids("/api/alerts?itemId=" + hamiItem, LocalUser.ZHANGGONG)).isEmpty();
        assertThat(ids("/api/alerts?itemId=" + zhanggongItem, LocalUser.ZHANGGONG)).containsExactly(zhanggongAlert);
        for (ApiClient.User everywhere : List.of(LocalUser.ADMIN, LocalUser.OFFICER)) {
            assertThat(ids("/api/alerts?itemId=" + zhanggongItem, everywhere)).containsExactly(zhanggongAlert);
            assertThat(ids("/api/alerts?itemId=" + hamiItem, everywhere)).containsExactly(hamiAlert);
        }

        // a region outside the caller's is an empty page, not a 403; one around it narrows to theirs
        JsonNode outside = api.get("/api/alerts?region=36", LocalUser.HAMI).json();
        assertThat(outside.get("totalElements").asLong()).isZero();
        assertThat(outside.get("content")).isEmpty();
        JsonNode around = api.get("/api/alerts?region=65&size=500", LocalUser.HAMI).json();
        assertThat(around.get("content").valueStream().map(alert -> alert.get("region").asString()))
                .isNotEmpty().allMatch(region -> region.startsWith(HAMI));
        assertThat(api.get("/api/alerts?region=3607&itemId=" + zhanggongItem, LocalUser.ADMIN).json()
                .get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void anAlertOutsideTheCallersRegionsIsNotFoundLikeAnUnknownOne() {
        UUID unknown = UUID.randomUUID();
        JsonNode outside = api.get("/api/alerts/" + zhanggongAlert, LocalUser.HAMI).problem(404);
        JsonNode none = api.get("/api/alerts/" + unknown, LocalUser.HAMI).problem(404);
        assertThat(outside.propertyNames()).containsExactlyInAnyOrderElementsOf(none.propertyNames());
        assertThat(outside.get("title").asString()).isEqualTo(none.get("title").asString());
        assertThat(outside.get("detail").asString())
                .isEqualTo(none.get("detail").asString().replace(unknown.toString(), zhanggongAlert.toString()));
        assertThat(outside.get("alertId").asString()).isEqualTo(zhanggongAlert.toString());

        JsonNode ack = api.post("/api/alerts/" + zhanggongAlert + "/ack", "application/json", "{}", LocalUser.HAMI)
                .problem(404);
        assertThat(ack.get("title").asString()).isEqualTo(none.get("title").asString());
        assertThat(api.get("/api/alerts/" + zhanggongAlert, LocalUser.ADMIN).json().get("acknowledged").asBoolean())
                .isFalse();

        // the admin sees and acknowledges it; hami still does not see it, nor that it was acknowledged
        assertThat(api.get("/api/alerts/" + zhanggongAlert, LocalUser.ADMIN).json().get("itemId").asString())
                .isEqualTo(zhanggongItem);
        assertThat(api.post("/api/alerts/" + zhanggongAlert + "/ack", "application/json", "{}", LocalUser.ADMIN)
                .status()).isEqualTo(200);
        api.post("/api/alerts/" + zhanggongAlert + "/ack", "application/json", "{}", LocalUser.HAMI).problem(404);
        assertThat(api.post("/api/alerts/" + hamiAlert + "/ack", "application/json", "{}", LocalUser.HAMI).json()
                .get("acknowledgedBy").asString()).isEqualTo("hami");
    }

    @Test
    void theSummaryCountsOnlyTheCallersRegions() {
        rows.obligation(ZHANGGONG, ZHANGGONG_HRSS, "OVERDUE");
        rows.obligation(HAMI, HAMI_HRSS, "OVERDUE");

        JsonNode hami = api.get("/api/obligations/summary", LocalUser.HAMI).json();
        assertThat(hami.get("byRegion").valueStream().map(region -> region.get("region").asString()))
                .containsExactly(HAMI);
        assertThat(hami.get("byResponsibleBody").valueStream().map(body -> body.get("responsibleBody").asString()))
                .doesNotContain(ZHANGGONG_HRSS);
        assertThat(api.get("/api/obligations/summary?region=36", LocalUser.HAMI).json().get("total").asLong()).isZero();
        assertThat(api.get("/api/obligations/summary?region=3607", LocalUser.ADMIN).json().get("byRegion")
                .valueStream().map(region -> region.get("region").asString())).contains(ZHANGGONG);
        assertThat(api.get("/api/obligations/summary?region=3607", LocalUser.ZHANGGONG).json().get("byRegion")
                .valueStream().map(region -> region.get("region").asString())).containsExactly(ZHANGGONG);
    }

    @Test
    void theWorkbenchSeesAndAcknowledgesAsTheOfficerItActsFor() {
        ApiClient.Response asHami = workbench.get("/api/alerts?itemId=" + zhanggongItem, "hami");
        assertThat(asHami.status()).as(asHami.body()).isEqualTo(200);
        assertThat(asHami.json().get("totalElements").asLong()).isZero();
        assertThat(workbench.get("/api/alerts?itemId=" + zhanggongItem, "zhanggong").json().get("totalElements")
                .asLong()).isEqualTo(1);
        workbench.get("/api/alerts/" + zhanggongAlert, "hami").problem(404);

        ApiClient.Response ack = workbench.post("/api/alerts/" + zhanggongAlert + "/ack",
                "{\"comment\": \"已督办\"}", "zhanggong");
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().get("acknowledgedBy").asString()).isEqualTo("zhanggong");
        JsonNode bulk = workbench.post("/api/alerts/ack", "{\"ids\": [\"" + hamiAlert + "\", \"" + zhanggongAlert
                + "\"]}", "hami").json();
        assertThat(bulk.at("/acknowledged/0/acknowledgedBy").asString()).isEqualTo("hami");
        assertThat(bulk.at("/notFound/0").asString()).isEqualTo(zhanggongAlert.toString());
        // a name that is no configured user
        workbench.get("/api/alerts", "nobody").problem(403);
    }

    private List<UUID> ids(String path, ApiClient.User user) {
        ApiClient.Response response = api.get(path, user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("content").valueStream()
                .map(alert -> UUID.fromString(alert.get("id").asString())).toList();
    }
}
