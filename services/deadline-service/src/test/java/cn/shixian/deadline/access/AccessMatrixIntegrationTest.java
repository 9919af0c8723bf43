package cn.shixian.deadline.access;

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

import cn.shixian.testsupport.CommonEndpoints;
import cn.shixian.testsupport.EndpointMatrix;
import cn.shixian.testsupport.EndpointMatrix.Call;
import cn.shixian.testsupport.EndpointMatrix.Caller;
import cn.shixian.testsupport.ExampleEvent;
import cn.shixian.testsupport.ApiAccessMatrixTest;
import cn.shixian.testsupport.LocalCallers;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint of the deadline-service for every kind of caller (访问矩阵), over real HTTP against
 * the real Kafka and PostgreSQL: an item and a request of 章贡区 (360702) come in through
 * {@code POST /api/events}; its officer sees them, the officer of 哈密市 (650500) gets 404 for them as
 * for what does not exist, upstream systems (INGEST) only send and look up, the workbench's own account
 * gets nothing on its own and, acting for the Hami officer, exactly what that officer gets.
 * A new endpoint fails {@code everyMappedEndpointHasARow} until it is given a row here.
 */
@DeadlineApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTest extends ApiAccessMatrixTest {

    private static final String CE = "application/cloudevents+json";
    private static final String JSON = "application/json";

    private static final Caller ZHANGGONG = LocalCallers.OFFICER_360702;
    private static final Caller HAMI = LocalCallers.OFFICER_650500;
    private static final Caller WORKBENCH_AS_HAMI = LocalCallers.WORKBENCH_AS_650500;
    private static final Caller[] READERS = LocalCallers.officers();


    private String item;
    private String request;

    @BeforeEach
    void anItemAndARequestOfZhanggong() {
        if (item != null) {
            return;
        }
        item = "matrix-360702-" + UUID.randomUUID();
        request = "matrix-ysq-" + UUID.randomUUID();
        send(ExampleEvent.of("disclosure.item.created").forItem(item).with("region", "360702")
                .with("responsibleBody", "赣州市章贡区人力资源和社会保障局"));
        send(ExampleEvent.of("disclosure.request.received").forRequest(request).with("region", "360702")
                .with("responsibleBody", "赣州市章贡区人力资源和社会保障局").with("itemId", item));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("/api/items/" + item + "/obligations/1/explanation", LocalUser.ADMIN).status() == 200
                        && api.get("/api/requests/" + request, LocalUser.ADMIN).status() == 200);
    }

    @Test
    void aHamiOfficerCannotTellAZhanggongItemFromNone() {
        String hidden = api.get("/api/items/" + item, LocalUser.HAMI).problem(404).get("title").asString();
        assertThat(api.get("/api/items/none-" + item, LocalUser.HAMI).problem(404).get("title").asString())
                .isEqualTo(hidden);
    }

    @Override
    protected EndpointMatrix matrix() {
        EndpointMatrix matrix = new EndpointMatrix(LocalCallers.ofAnApi());
        // upstream systems send events, and read what a catalog import needs
        matrix.endpoint("POST", "/api/events")
                .callPerCaller(caller -> new Call("POST", "/api/events", CE,
                        ExampleEvent.of("disclosure.item.created").forItem("matrix-sent-" + UUID.randomUUID())
                                .with("region", "360702").bytes()))
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, INGEST, ADMIN)
                .expect(FORBIDDEN, ZHANGGONG, HAMI, OFFICER, WORKBENCH, WORKBENCH_AS_HAMI);
        matrix.endpoint("GET", "/api/items").call(Call.get("/api/items?region=360702"))
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, READERS).expect(OK, INGEST).expect(FORBIDDEN, WORKBENCH);
        matrix.endpoint("POST", "/api/items/lookup").call(Call.post("/api/items/lookup", JSON,
                        "{\"itemIds\": [\"" + item + "\"]}"))
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, READERS).expect(OK, INGEST).expect(FORBIDDEN, WORKBENCH);
        // one item, its explanation, one request: outside the caller's regions as if unknown
        scoped(matrix, "/api/items/{itemId}", "/api/items/" + item);
        scoped(matrix, "/api/items/{itemId}/obligations/{version}/explanation",
                "/api/items/" + item + "/obligations/1/explanation");
        scoped(matrix, "/api/requests/{requestId}", "/api/requests/" + request);
        // an officer's reading of the item's time limit: its region's officers and ADMIN, others as if unknown
        matrix.endpoint("PUT", "/api/items/{itemId}/time-limit").call(Call.put("/api/items/" + item + "/time-limit",
                        JSON, "{\"kind\": \"WORKING_DAYS\", \"workingDays\": 20}"))
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, ZHANGGONG, OFFICER, ADMIN)
                .expect(NOT_FOUND, HAMI, WORKBENCH_AS_HAMI).expect(FORBIDDEN, INGEST, WORKBENCH);
        // lists: narrowed to the caller's regions (an empty page outside them)
        officersOnly(matrix, "/api/obligations", "/api/obligations?region=360702");
        officersOnly(matrix, "/api/requests", "/api/requests?region=360702");
        officersOnly(matrix, "/api/reports/requests", "/api/reports/requests?year=2025&region=360702");
        // calendars are every region's, for every officer; only ADMIN loads one
        officersOnly(matrix, "/api/calendars", "/api/calendars");
        officersOnly(matrix, "/api/calendars/{region}/days", "/api/calendars/360702/days?year=2025");
        matrix.endpoint("PUT", "/api/calendars/{region}/{year}").call(Call.put("/api/calendars/65/2099?correction=true",
                        JSON, """
                                {"source": "https://example.invalid/matrix-2099", "confidence": "official", "days": [
                                  {"name": "测试", "date": "2099-05-06", "isOffDay": true}]}"""))
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, ADMIN)
                .expect(FORBIDDEN, ZHANGGONG, HAMI, OFFICER, INGEST, WORKBENCH, WORKBENCH_AS_HAMI);
        CommonEndpoints.addTo(matrix, ANONYMOUS, ADMIN);
        return matrix;
    }

    private static void scoped(EndpointMatrix matrix, String pattern, String path) {
        matrix.endpoint("GET", pattern).call(Call.get(path))
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, ZHANGGONG, OFFICER, ADMIN)
                .expect(NOT_FOUND, HAMI, WORKBENCH_AS_HAMI).expect(FORBIDDEN, INGEST, WORKBENCH);
    }

    private static void officersOnly(EndpointMatrix matrix, String pattern, String path) {
        matrix.endpoint("GET", pattern).call(Call.get(path))
                .expect(UNAUTHORIZED, ANONYMOUS).expect(OK, READERS).expect(FORBIDDEN, INGEST, WORKBENCH);
    }

    private void send(ExampleEvent event) {
        assertThat(api.post("/api/events", CE, event.bytes(), LocalUser.INGEST).status()).isEqualTo(202);
    }
}
