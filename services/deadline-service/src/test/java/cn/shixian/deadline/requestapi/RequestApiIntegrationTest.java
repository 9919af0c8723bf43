package cn.shixian.deadline.requestapi;

import static cn.shixian.deadline.requestintake.RawRequestEvents.answered;
import static cn.shixian.deadline.requestintake.RawRequestEvents.consultationEnded;
import static cn.shixian.deadline.requestintake.RawRequestEvents.consultationStarted;
import static cn.shixian.deadline.requestintake.RawRequestEvents.corrected;
import static cn.shixian.deadline.requestintake.RawRequestEvents.correctionRequested;
import static cn.shixian.deadline.requestintake.RawRequestEvents.extended;
import static cn.shixian.deadline.requestintake.RawRequestEvents.received;
import static cn.shixian.deadline.requestintake.RawRequestEvents.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.Topic;
import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.TopicProbe;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Requests over HTTP end to end: sent to {@code POST /api/events}, through the topic and the intake,
 * read back from {@code /api/requests} and counted in {@code /api/reports/requests}, on the real
 * broker and PostgreSQL. Each test uses its own region (a county code) so the reports of other tests
 * do not count in.
 */
@DeadlineApiTest
class RequestApiIntegrationTest extends HttpApiTest {

    private static final String CE = "application/cloudevents+json";
    private static final String BATCH = "application/cloudevents-batch+json";

    @LocalServerPort
    int port;

    @Test
    void overHttpARequestGetsTheSameDueDateAndItsExplanation() {
        String id = request();
        accept(batch(received(id, "2025-09-26"), correctionRequested(id, "2025-09-30"), corrected(id, "2025-10-15"),
                consultationStarted(id, "2025-10-20"), consultationEnded(id, "2025-10-24"),
                extended(id, "2025-11-10", 10)));

        JsonNode clock = awaitRequest(id, "/steps", 6);
        assertThat(clock.get("state").asString()).isEqualTo("OPEN");
        assertThat(clock.get("dueOn").asString()).isEqualTo("2025-12-02");
        assertThat(clock.get("dueReason").asString()).isEqualTo("20 working days after the corrected application (补正)"
                + " on 2025-10-15 + 4 consulting 哈密市某养老服务有限公司 (征求意见 2025-10-20–2025-10-24)"
                + " + 10 extension (延期) approved on 2025-11-10 = 34 working days: 2025-12-02");
        assertThat(clock.get("pauses").size()).isEqualTo(2);
        assertThat(clock.at("/extensions/0/workingDays").asInt()).isEqualTo(10);

        accept(answered(id, "2025-12-04", "DISCLOSED"));
        JsonNode late = awaitRequest(id, "/steps", 7);
        assertThat(late.get("state").asString()).isEqualTo("ANSWERED_LATE");
        assertThat(late.at("/answer/onTime").asBoolean()).isFalse();
        assertThat(late.at("/answer/workingDaysLate").asInt()).isEqualTo(2);
        assertThat(api.get("/api/requests?region=650500&state=ANSWERED_LATE&size=500", LocalUser.OFFICER).json()
                .get("content").valueStream().map(r -> r.get("requestId").asString())).contains(id);
    }

    @Test
    void anExtensionBeyondTwentyWorkingDaysInTotalIsRefusedWithTheTopicsReason() {
        String id = request();
        accept(batch(received(id, "2025-09-26"), extended(id, "2025-10-20", 15)));
        awaitRequest(id, "/steps", 2);

        JsonNode problem = api.post("/api/events", CE, extended(id, "2025-10-21", 6), LocalUser.INGEST).problem(400);
        JsonNode error = problem.at("/errors/0");
        assertThat(error.get("reason").asString()).isEqualTo("extension-over-limit");
        assertThat(error.get("field").asString()).isEqualTo("/data/workingDays");
        assertThat(error.get("message").asString()).contains("21 in total");

        JsonNode unknown = api.post("/api/events", CE, withdrawn(request(), "2025-10-21"), LocalUser.INGEST)
                .problem(400);
        assertThat(unknown.at("/errors/0/reason").asString()).isEqualTo("unknown-request");
        JsonNode inOneBody = api.post("/api/events", BATCH, batch(received(request(), "2025-09-26"),
                correctionRequested(id, "2025-09-01")), LocalUser.INGEST).problem(400);
        assertThat(inOneBody.at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(inOneBody.at("/errors/0/reason").asString()).isEqualTo("before-receipt");
        assertThat(inOneBody.at("/errors/0/field").asString()).isEqualTo("/data/at");
    }

    @Test
    void aRequestOutsideTheCallersRegionsIsNotFound() {
        String id = request();
        accept(received(id, "2025-09-26", "360702", "COMMERCIAL"));
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/requests/" + id, LocalUser.ZHANGGONG).status() == 200);

        assertThat(api.get("/api/requests/" + id, LocalUser.HAMI).problem(404).get("title").asString())
                .isEqualTo("Request not found");
        assertThat(api.get("/api/requests?region=360702&size=500", LocalUser.HAMI).json().get("totalElements").asInt())
                .isZero();
        assertThat(api.get("/api/requests/" + id, LocalUser.INGEST).status()).isEqualTo(403);
    }

    @Test
    void theReportOfASmall2025DataSetHoldsItsConsistencyRuleAsJsonAndXlsx() {
        String region = "650522"; // 伊吾县: no other test sends requests there
        String carried = request();
        String answeredInYear = request();
        String open = request();
        String withdrawnOne = request();
        accept(batch(received(carried, "2024-12-20", region, "NATURAL_PERSON"),
                answered(carried, "2025-01-10", "DISCLOSED"),
                received(answeredInYear, "2025-03-03", region, "COMMERCIAL"),
                answered(answeredInYear, "2025-03-20", "WITHHELD_THIRD_PARTY_RIGHTS"),
                received(open, "2025-12-22", region, "LEGAL_SERVICE"),
                received(withdrawnOne, "2025-05-06", region, "NATURAL_PERSON"),
                withdrawn(withdrawnOne, "2025-05-08")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/requests?region=" + region,
                LocalUser.OFFICER).json().get("totalElements").asInt() == 4);

        JsonNode table = api.get("/api/reports/requests?year=2025&region=" + region, LocalUser.OFFICER).json();
        assertThat(table.get("consistent").asBoolean()).isTrue();
        assertThat(table.get("inconsistencies").size()).isZero();
        assertThat(cell(table, "一", "TOTAL")).isEqualTo(3);
        assertThat(cell(table, "二", "NATURAL_PERSON")).isEqualTo(1);
        assertThat(cell(table, "三（七）", "TOTAL")).isEqualTo(3);
        assertThat(cell(table, "四", "LEGAL_SERVICE")).isEqualTo(1);
        assertThat(cell(table, "三（三）4", "COMMERCIAL")).isEqualTo(1);
        assertThat(api.get("/api/reports/requests?year=2025&region=" + region, LocalUser.ZHANGGONG).json()
                .at("/rows/0/cells/TOTAL").asInt()).as("out of scope: counts nothing").isZero();
        assertThat(api.get("/api/reports/requests?year=20x5", LocalUser.HAMI).problem(400).toString()).contains("year");

        Sheet sheet = xlsx("/api/reports/requests?year=2025&region=" + region).getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("三、收到和处理政府信息公开申请情况");
        assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("一");
        assertThat(sheet.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(3);
    }

    @Test
    void aHolidayNoticeMovesARunningAnswerPeriodAndSaysSo() {
        String id = request();
        String region = "650521"; // 巴里坤县: no other test has requests there, nor loads a notice for 2034
        accept(received(id, "2034-03-01", region, "NATURAL_PERSON"));
        String dueBefore = awaitRequest(id, "/steps", 1).get("dueOn").asString();

        ApiClient.Response loaded = api.put("/api/calendars/65/2034", "application/json", """
                {"source": "https://www.hami.gov.cn/test-2034", "confidence": "official", "days": [
                  {"name": "测试假日", "date": "2034-03-15", "isOffDay": true}]}""", LocalUser.ADMIN);
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);

        try (TopicProbe deadlines = TopicProbe.of(Topic.DEADLINES.topicName())) {
            String recomputed = TopicProbe.value(deadlines.await(r -> id.equals(r.key())
                    && TopicProbe.value(r).contains("CALENDAR_CHANGED"), 1).getFirst());
            assertThat(recomputed).contains("disclosure.request.deadline.recomputed",
                    "\"previousDueOn\":\"" + dueBefore + "\"");
        }
        String dueAfter = api.get("/api/requests/" + id, LocalUser.OFFICER).json().get("dueOn").asString();
        // the year was provisional (projected days off): the notice replaces the projection, so the day moves
        assertThat(LocalDate.parse(dueAfter)).isNotEqualTo(LocalDate.parse(dueBefore));
        assertThat(api.get("/api/requests?region=" + region, LocalUser.OFFICER).json().at("/content/0/dueOn")
                .asString()).isEqualTo(dueAfter);
    }

    private static int cell(JsonNode table, String number, String column) {
        return table.get("rows").valueStream().filter(r -> r.get("number").asString().equals(number)).findFirst()
                .orElseThrow().at("/cells/" + column).asInt();
    }

    private XSSFWorkbook xlsx(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "officer:officer-local".getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", RequestReportController.XLSX).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(RequestReportController.XLSX);
            return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode awaitRequest(String id, String listPointer, int size) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            ApiClient.Response response = api.get("/api/requests/" + id, LocalUser.OFFICER);
            return response.status() == 200 && response.json().at(listPointer).size() == size;
        });
        return api.get("/api/requests/" + id, LocalUser.OFFICER).json();
    }

    private void accept(String body) {
        String type = body.startsWith("[") ? BATCH : CE;
        ApiClient.Response response = api.post("/api/events", type, body, LocalUser.INGEST);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
    }

    private static String batch(String... events) {
        return "[" + String.join(",", List.of(events)) + "]";
    }

    private static String request() {
        return "ysq-http-" + UUID.randomUUID();
    }
}
