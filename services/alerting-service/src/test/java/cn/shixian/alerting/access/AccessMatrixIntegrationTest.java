package cn.shixian.alerting.access;

import static cn.shixian.testsupport.EndpointMatrix.Answer.FORBIDDEN;
import static cn.shixian.testsupport.EndpointMatrix.Answer.NOT_FOUND;
import static cn.shixian.testsupport.EndpointMatrix.Answer.OK;
import static cn.shixian.testsupport.EndpointMatrix.Answer.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.api.ReadModelRows;
import cn.shixian.testsupport.CommonEndpoints;
import cn.shixian.testsupport.EndpointMatrix;
import cn.shixian.testsupport.EndpointMatrix.Call;
import cn.shixian.testsupport.EndpointMatrix.Caller;
import cn.shixian.testsupport.HttpApiTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint of the alerting-service for every kind of caller (访问矩阵), over real HTTP against
 * the real PostgreSQL (and Kafka): alerts of 章贡区 (360702) in the read model; its officer sees and
 * acknowledges them, the officer of 哈密市 (650500) gets 404 for them as for unknown ids and cannot
 * acknowledge them, upstream systems (INGEST) and the workbench's own account get nothing, and the
 * workbench acting for the Hami officer exactly what that officer gets. Each caller acknowledges an
 * alert of its own, so no answer depends on who went first. A new endpoint fails
 * {@link #everyMappedEndpointHasARow()} until it is given a row here.
 */
@AlertingApiTest
class AccessMatrixIntegrationTest extends HttpApiTest {

    private static final String JSON = "application/json";
    private static final String ZHANGGONG_REGION = "360702";
    private static final String ZHANGGONG_HRSS = "赣州市章贡区人力资源和社会保障局";

    private static final Caller ANONYMOUS = Caller.anonymous();
    private static final Caller ZHANGGONG = Caller.of("officer 360702", LocalUser.ZHANGGONG);
    private static final Caller HAMI = Caller.of("officer 650500", LocalUser.HAMI);
    private static final Caller OFFICER = Caller.of("officer (all)", LocalUser.OFFICER);
    private static final Caller INGEST = Caller.of("ingest", LocalUser.INGEST);
    private static final Caller ADMIN = Caller.of("admin", LocalUser.ADMIN);
    private static final Caller WORKBENCH = Caller.of("workbench", LocalUser.WORKBENCH);
    private static final Caller WORKBENCH_AS_HAMI = new Caller("workbench as 650500", LocalUser.WORKBENCH, "hami");

    private static final Caller[] READERS = {ZHANGGONG, HAMI, OFFICER, ADMIN, WORKBENCH_AS_HAMI};

    @Autowired
    ApplicationContext application;
    @Autowired
    JdbcClient jdbc;

    private ReadModelRows rows;
    private UUID alert;

    @BeforeEach
    void anAlertOfZhanggong() {
        rows = new ReadModelRows(jdbc);
        alert = newAlert();
    }

    @Test
    void everyMappedEndpointHasARow() {
        matrix().assertCoversExactly(EndpointMatrix.mappedEndpoints(application));
    }

    @Test
    void everyCallerGetsWhatItsRowSays() {
        matrix().assertAnswers(EndpointMatrix.basicAuth(api));
    }

    @Test
    void aHamiOfficerLeavesAZhanggongAlertUnacknowledged() {
        api.post("/api/alerts/" + alert + "/ack", JSON, "{}", LocalUser.HAMI).problem(404);
        assertThat(api.post("/api/alerts/ack", JSON, ids(alert), LocalUser.HAMI).json().at("/notFound/0").asString())
                .isEqualTo(alert.toString());
        assertThat(api.get("/api/alerts/" + alert, LocalUser.ZHANGGONG).json().get("acknowledged").asBoolean())
                .isFalse();
    }

    private EndpointMatrix matrix() {
        EndpointMatrix matrix = new EndpointMatrix(ANONYMOUS, ZHANGGONG, HAMI, OFFICER, INGEST, ADMIN, WORKBENCH,
                WORKBENCH_AS_HAMI);
        readers(matrix, "GET", "/api/alerts").call(Call.get("/api/alerts?region=" + ZHANGGONG_REGION));
        readers(matrix, "GET", "/api/obligations").call(Call.get("/api/obligations?region=" + ZHANGGONG_REGION));
        readers(matrix, "GET", "/api/obligations/summary").call(Call.get("/api/obligations/summary"));
        readers(matrix, "GET", "/api/obligations/trend").call(Call.get("/api/obligations/trend?days=7"));
        // many at once: what lies outside the caller's regions is reported notFound, in a 200
        readers(matrix, "POST", "/api/alerts/ack")
                .callPerCaller(caller -> Call.post("/api/alerts/ack", JSON, ids(newAlert())));
        // one alert: outside the caller's regions as if unknown, for reading and acknowledging alike
        scoped(matrix, "GET", "/api/alerts/{id}").call(Call.get("/api/alerts/" + alert));
        scoped(matrix, "POST", "/api/alerts/{id}/ack")
                .callPerCaller(caller -> Call.post("/api/alerts/" + newAlert() + "/ack", JSON, "{\"comment\": \"已督办\"}"));
        CommonEndpoints.addTo(matrix, ANONYMOUS, ADMIN);
        return matrix;
    }

    private static EndpointMatrix.Row readers(EndpointMatrix matrix, String method, String pattern) {
        return matrix.endpoint(method, pattern)
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, READERS).expect(FORBIDDEN, INGEST, WORKBENCH);
    }

    private static EndpointMatrix.Row scoped(EndpointMatrix matrix, String method, String pattern) {
        return matrix.endpoint(method, pattern)
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, ZHANGGONG, OFFICER, ADMIN)
                .expect(NOT_FOUND, HAMI, WORKBENCH_AS_HAMI).expect(FORBIDDEN, INGEST, WORKBENCH);
    }

    private UUID newAlert() {
        return rows.alert("OVERDUE", ZHANGGONG_REGION, ZHANGGONG_HRSS, Instant.parse("2026-05-06T02:00:00Z"));
    }

    private static String ids(UUID id) {
        return "{\"ids\": [\"" + id + "\"]}";
    }
}
