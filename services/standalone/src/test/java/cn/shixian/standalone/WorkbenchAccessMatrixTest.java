package cn.shixian.standalone;

import static cn.shixian.testsupport.EndpointMatrix.Answer.FORBIDDEN;
import static cn.shixian.testsupport.EndpointMatrix.Answer.NOT_FOUND;
import static cn.shixian.testsupport.EndpointMatrix.Answer.OK;
import static cn.shixian.testsupport.EndpointMatrix.Answer.REDIRECT;
import static cn.shixian.testsupport.EndpointMatrix.Answer.SIGN_IN;
import static cn.shixian.testsupport.LocalCallers.ADMIN;
import static cn.shixian.testsupport.LocalCallers.ANONYMOUS;
import static cn.shixian.testsupport.LocalCallers.INGEST;
import static cn.shixian.testsupport.LocalCallers.OFFICER;
import static cn.shixian.testsupport.LocalCallers.WORKBENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.EndpointMatrix;
import cn.shixian.testsupport.EndpointMatrix.Call;
import cn.shixian.testsupport.EndpointMatrix.Caller;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.LocalCallers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every page and form of the workbench for every kind of user (访问矩阵), against the whole system of
 * {@code ./shixian up}: an item of 章贡区 (360702), its alert and a request come in through the
 * deadline-service; its officer opens them, the officer of 哈密市 (650500) gets the 404 page and cannot
 * acknowledge the alert, INGEST gets only the catalog import, and the workbench's own API account
 * cannot sign in, so it is sent to the sign-in page like anyone not signed in. Every form is sent
 * with its session's CSRF token, so the answers are the access rules' ({@link WorkbenchSessions}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchAccessMatrixTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final ApiClient.User INGEST_USER = INGEST.user();
    private static final ApiClient.User ADMIN_USER = ADMIN.user();

    private static final Caller ZHANGGONG = LocalCallers.OFFICER_360702;
    private static final Caller HAMI = LocalCallers.OFFICER_650500;

    private static final Caller[] OFFICERS = {ZHANGGONG, HAMI, OFFICER, ADMIN};
    /** Not signed in: the workbench's API account cannot sign in to the pages. */
    private static final Caller[] SIGNED_OUT = {ANONYMOUS, WORKBENCH};

    private Path dataDir;
    private LocalSystem system;
    private ApiClient deadline;
    private ApiClient alerting;
    private WorkbenchSessions sessions;
    private final String item = "matrix-360702-" + UUID.randomUUID();
    private final String untouchedItem = "matrix-360702-" + UUID.randomUUID();
    private final String request = "matrix-ysq-" + UUID.randomUUID();
    private String alert;
    private String untouchedAlert;

    @BeforeAll
    void startTheSystemWithAZhanggongItemAlertAndRequest() throws Exception {
        dataDir = Files.createTempDirectory("shixian-access-matrix");
        LocalSettings settings = new LocalSettings(dataDir, freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), false, Durability.NO_FSYNC);  // a test, not the product: no OS crash to survive here
        system = LocalSystem.start(settings);
        deadline = new ApiClient(settings.deadlinePort());
        alerting = new ApiClient(settings.alertingPort());
        sessions = new WorkbenchSessions(settings.workbenchPort());
        for (String itemId : new String[] {item, untouchedItem}) {
            send(ExampleEvent.of("disclosure.item.created").forItem(itemId).with("region", "360702"));
        }
        send(ExampleEvent.of("disclosure.request.received").forRequest(request).with("region", "360702")
                .with("itemId", item));
        // changed on 2025-09-24: long overdue, so the sweep (every 15 s here) raises an alert
        alert = await().atMost(PATIENCE).until(() -> firstAlertOf(item), id -> id != null);
        untouchedAlert = await().atMost(PATIENCE).until(() -> firstAlertOf(untouchedItem), id -> id != null);
        await().atMost(PATIENCE).until(() -> deadline.get("/api/requests/" + request, ADMIN_USER).status() == 200);
    }

    @AfterAll
    void stopTheSystem() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void everyMappedPageHasARow() {
        matrix().assertCoversExactly(EndpointMatrix.mappedEndpoints(system.workbenchApplication()));
    }

    @Test
    void everyUserGetsWhatItsRowSays() {
        matrix().assertAnswers(sessions);
    }

    @Test
    void aHamiOfficerCannotAcknowledgeAZhanggongAlertNorSendAFormWithoutItsToken() {
        ApiClient.Response ack = sessions.send(HAMI, Call.post("/alerts/" + untouchedAlert + "/ack",
                WorkbenchSessions.FORM, "comment=hami&itemId=" + untouchedItem));
        assertThat(ack.status()).isEqualTo(302);
        assertThat(sessions.send(HAMI, Call.post("/alerts/ack", WorkbenchSessions.FORM, "alert=" + untouchedAlert))
                .status()).isEqualTo(302);
        assertThat(alerting.get("/api/alerts/" + untouchedAlert, ADMIN_USER).json().get("acknowledged").asBoolean())
                .as("hami's acknowledgements of a 360702 alert").isFalse();
        assertThat(sessions.send(HAMI, Call.post("/items/" + untouchedItem + "/time-limit", WorkbenchSessions.FORM,
                "kind=CALENDAR_DAYS&days=30")).status()).isEqualTo(302);
        assertThat(deadline.get("/api/items/" + untouchedItem, ADMIN_USER).json().at("/obligations/0/limitKind")
                .asString()).as("hami's reading of a 360702 item").isEqualTo("WORKING_DAYS");

        assertThat(sessions.sendWithoutToken(ZHANGGONG, Call.post("/alerts/" + untouchedAlert + "/ack",
                WorkbenchSessions.FORM, "itemId=" + untouchedItem)).status()).isEqualTo(403);
        assertThat(alerting.get("/api/alerts/" + untouchedAlert, ADMIN_USER).json().get("acknowledged").asBoolean())
                .isFalse();
    }

    private EndpointMatrix matrix() {
        EndpointMatrix matrix = new EndpointMatrix(ANONYMOUS, ZHANGGONG, HAMI, OFFICER, INGEST, ADMIN, WORKBENCH);
        matrix.endpoint("GET", "/login").call(Call.get("/login")).otherwise(OK);
        // the start page sends a user without OFFICER (INGEST only) to the import
        matrix.endpoint("GET", "/").call(Call.get("/"))
                .expect(SIGN_IN, SIGNED_OUT).expect(OK, OFFICERS).expect(REDIRECT, INGEST);
        officers(matrix, "GET", "/worklist").call(Call.get("/worklist?list=overdue&region=360702"));
        officers(matrix, "GET", "/worklist/export.xlsx").call(Call.get("/worklist/export.xlsx?list=overdue&region=360702"));
        officers(matrix, "GET", "/worklist/export.csv").call(Call.get("/worklist/export.csv?list=overdue&region=360702"));
        officers(matrix, "GET", "/calendar").call(Call.get("/calendar?region=360702&year=2025"));
        officers(matrix, "GET", "/requests").call(Call.get("/requests?region=360702"));
        officers(matrix, "GET", "/reports/requests").call(Call.get("/reports/requests?year=2025&region=360702"));
        officers(matrix, "GET", "/reports/requests.xlsx").call(Call.get("/reports/requests.xlsx?year=2025&region=360702"));
        // one item, one request: outside the officer's regions, the "does not exist" page
        scoped(matrix, "/items/{itemId}", "/items/" + item);
        scoped(matrix, "/requests/{requestId}", "/requests/" + request);
        // acknowledgements go back to their page; what lies outside the officer's regions stays
        // unacknowledged (aHamiOfficerCannotAcknowledge...)
        matrix.endpoint("POST", "/alerts/{id}/ack")
                .call(Call.post("/alerts/" + alert + "/ack", WorkbenchSessions.FORM, "comment=matrix&itemId=" + item))
                .expect(SIGN_IN, SIGNED_OUT).expect(REDIRECT, OFFICERS).expect(FORBIDDEN, INGEST);
        matrix.endpoint("POST", "/alerts/ack")
                .call(Call.post("/alerts/ack", WorkbenchSessions.FORM, "comment=matrix&alert=" + alert))
                .expect(SIGN_IN, SIGNED_OUT).expect(REDIRECT, OFFICERS).expect(FORBIDDEN, INGEST);
        // an officer's reading of a time limit goes back to the item's page; outside the officer's
        // regions the deadline-service refuses it (aHamiOfficerCannotAcknowledge...)
        matrix.endpoint("POST", "/items/{itemId}/time-limit")
                .call(Call.post("/items/" + item + "/time-limit", WorkbenchSessions.FORM, "kind=WORKING_DAYS&days=20"))
                .expect(SIGN_IN, SIGNED_OUT).expect(REDIRECT, OFFICERS).expect(FORBIDDEN, INGEST);
        // the catalog import is INGEST's (ADMIN's through the hierarchy); an empty upload is its page's refusal
        importer(matrix, "GET", "/import").call(Call.get("/import"));
        importer(matrix, "POST", "/import").call(WorkbenchSessions.upload("/import", "region=360702", "catalog.csv", ""));
        importer(matrix, "POST", "/import/confirm").call(Call.post("/import/confirm", WorkbenchSessions.FORM, "id=none"));
        // the actuator: the health probe open, the rest ADMIN's
        matrix.endpoint("GET", "/actuator/health").call(Call.get("/actuator/health")).otherwise(OK);
        matrix.endpoint("GET", "/actuator/health/**").call(Call.get("/actuator/health/readiness")).otherwise(OK);
        for (String endpoint : new String[] {"/actuator", "/actuator/info", "/actuator/prometheus"}) {
            matrix.endpoint("GET", endpoint).call(Call.get(endpoint))
                    .expect(SIGN_IN, SIGNED_OUT).expect(OK, ADMIN).otherwise(FORBIDDEN);
        }
        matrix.endpoint("*", "/error").call(Call.get("/error")).expect(SIGN_IN, SIGNED_OUT).otherwise(FORBIDDEN);
        return matrix;
    }

    private static EndpointMatrix.Row officers(EndpointMatrix matrix, String method, String pattern) {
        return matrix.endpoint(method, pattern).expect(SIGN_IN, SIGNED_OUT).expect(OK, OFFICERS).expect(FORBIDDEN, INGEST);
    }

    private static void scoped(EndpointMatrix matrix, String pattern, String path) {
        matrix.endpoint("GET", pattern).call(Call.get(path)).expect(SIGN_IN, SIGNED_OUT)
                .expect(OK, ZHANGGONG, OFFICER, ADMIN).expect(NOT_FOUND, HAMI).expect(FORBIDDEN, INGEST);
    }

    private static EndpointMatrix.Row importer(EndpointMatrix matrix, String method, String pattern) {
        return matrix.endpoint(method, pattern).expect(SIGN_IN, SIGNED_OUT).expect(OK, INGEST, ADMIN)
                .expect(FORBIDDEN, ZHANGGONG, HAMI, OFFICER);
    }

    private void send(ExampleEvent event) {
        ApiClient.Response sent = deadline.post("/api/events", "application/cloudevents+json", event.bytes(), INGEST_USER);
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
    }

    private String firstAlertOf(String itemId) {
        var alerts = alerting.get("/api/alerts?itemId=" + itemId, ADMIN_USER).json().get("content");
        return alerts.isEmpty() ? null : alerts.get(0).get("id").asString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
