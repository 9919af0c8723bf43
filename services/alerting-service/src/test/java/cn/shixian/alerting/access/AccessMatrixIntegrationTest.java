package cn.shixian.alerting.access;

import static cn.shixian.testsupport.EndpointMatrix.Answer.FORBIDDEN;
import static cn.shixian.testsupport.EndpointMatrix.Answer.NOT_FOUND;
import static cn.shixian.testsupport.EndpointMatrix.Answer.OK;
import static cn.shixian.testsupport.EndpointMatrix.Answer.UNAUTHORIZED;
import static cn.shixian.testsupport.LocalCallers.ADMIN;
import static cn.shixian.testsupport.LocalCallers.ANONYMOUS;
import static cn.shixian.testsupport.LocalCallers.INGEST;
import static cn.shixian.testsupport.LocalCallers.OFFICER;
import static cn.shixian.testsupport.LocalCallers.WORKBENCH;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.api.ReadModelRows;
import cn.shixian.testsupport.CommonEndpoints;
import cn.shixian.testsupport.EndpointMatrix;
import cn.shixian.testsupport.EndpointMatrix.Call;
import cn.shixian.testsupport.EndpointMatrix.Caller;
import cn.shixian.testsupport.ApiAccessMatrixTest;
import cn.shixian.testsupport.LocalCallers;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint of the alerting-service for every kind of caller (访问矩阵), over real HTTP against
 * the real PostgreSQL (and Kafka): alerts of 章贡区 (360702) in the read model; its officer sees and
 * acknowledges them, the officer of 哈密市 (650500) gets 404 for them as for unknown ids and cannot
 * acknowledge them, upstream systems (INGEST) and the workbench's own account get nothing, and the
 * workbench acting for the Hami officer exactly what that officer gets. Each caller acknowledges an
 * alert of its own, so no answer depends on who went first. A new endpoint fails
 * {@code everyMappedEndpointHasARow} until it is given a row here.
 */
@AlertingApiTest
class AccessMatrixIntegrationTest extends ApiAccessMatrixTest {

    private static final String JSON = "application/json";
    private static final String ZHANGGONG_REGION = "360702";
    private static final String ZHANGGONG_HRSS = "赣州市章贡区人力资源和社会保障局";

    private static final Caller ZHANGGONG = LocalCallers.OFFICER_360702;
    private static final Caller HAMI = LocalCallers.OFFICER_650500;
    private static final Caller WORKBENCH_AS_HAMI = LocalCallers.WORKBENCH_AS_650500;
    private static final Caller[] READERS = LocalCallers.officers();

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
    void aHamiOfficerLeavesAZhanggongAlertUnacknowledged() {
        api.post("/api/alerts/" + alert + "/ack", JSON, "{}", LocalUser.HAMI).problem(404);
        assertThat(api.post("/api/alerts/ack", JSON, ids(alert), LocalUser.HAMI).json().at("/notFound/0").asString())
                .isEqualTo(alert.toString());
        assertThat(api.get("/api/alerts/" + alert, LocalUser.ZHANGGONG).json().get("acknowledged").asBoolean())
                .isFalse();
    }

    @Override
    protected EndpointMatrix matrix() {
        EndpointMatrix matrix = new EndpointMatrix(LocalCallers.ofAnApi());
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
