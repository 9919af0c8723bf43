package cn.shixian.alerting.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.access.AlertingApiTest;
import cn.shixian.alerting.access.LocalUser;
import cn.shixian.alerting.api.ClockedReadModelApiTest;
import cn.shixian.alerting.api.ObligationRow;
import cn.shixian.alerting.api.ReadModelRows;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.QueryParameterChecks;
import cn.shixian.testsupport.WithMutableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/obligations} (待办) over real HTTP, on rows in a real PostgreSQL, on 2026-09-30 (a
 * Wednesday; 25–27 September and 1–7 October are holidays, Sunday 20 September and Saturday
 * 10 October working days). The rows' regions (9xxx) are no GB/T 2260 codes: they count nationally.
 */
@AlertingApiTest
@WithMutableClock(ClockedReadModelApiTest.START)
class WorklistIntegrationTest extends ClockedReadModelApiTest {

    private static final String BODY_B = "伊宁县人力资源和社会保障局";

    private String prefix;
    private String run;
    private ObligationRow overdue;
    private ObligationRow escalated;
    private ObligationRow dueSoon;
    private ObligationRow open;
    private ObligationRow openLater;

    @BeforeEach
    void rowsOfTwoRegions() {
        clock.set(START);
        prefix = ReadModelRows.newRegionPrefix();
        run = "wl-" + UUID.randomUUID().toString().substring(0, 8);
        overdue = insert(ObligationRow.of(prefix + "01", "OVERDUE", LocalDate.of(2026, 9, 24)).withItem(run + "-1", 2)
                .withTitle("C 社会保险待遇 Annual").withCategory("社会保险", "养老保险", "待遇领取资格认证"));
        escalated = insert(ObligationRow.of(prefix + "02", "ESCALATED", LocalDate.of(2026, 9, 10))
                .withItem(run + "-2", 1).withBody(BODY_B).withTitle("E 行政许可 100% 完成_情况")
                .withCategory("行政许可").escalatedAt("2026-09-17T00:00:00+08:00"));
        dueSoon = insert(ObligationRow.of(prefix + "01", "DUE_SOON", LocalDate.of(2026, 9, 30)).withItem(run + "-3", 1)
                .withTitle("A 财政预算公开").withCategory("Budget", "财政"));
        open = insert(ObligationRow.of(prefix + "02", "OPEN", LocalDate.of(2026, 10, 9))
                .withItem(run + "-4-JiuYe", 1).withTitle("D 就业培训补贴"));
        openLater = insert(ObligationRow.of(prefix + "01", "OPEN", LocalDate.of(2026, 10, 12)).withItem(run + "-5", 1)
                .withBody(BODY_B).withTitle("B 招标采购"));
        insert(ObligationRow.of(prefix + "01", "MET", LocalDate.of(2026, 9, 20)).withItem(run + "-6", 1)
                .publishedAt("2026-09-18T15:00:00+08:00", null));
        insert(ObligationRow.of(prefix + "01", "MET_LATE", LocalDate.of(2026, 9, 15)).withItem(run + "-7", 1)
                .publishedAt("2026-09-18T15:00:00+08:00", 3));
        insert(ObligationRow.of(prefix + "02", "CANCELLED", LocalDate.of(2026, 9, 28)).withItem(run + "-8", 1)
                .since("2026-09-21T09:00:00+08:00"));
    }

    @Test
    void listsTheOpenObligationsOldestDueFirstWithTheirWorkingDays() {
        ApiClient.Response response = api.get("/api/obligations?region=" + prefix, LocalUser.OFFICER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(items(page)).containsExactly(escalated.itemId(), overdue.itemId(), dueSoon.itemId(), open.itemId(),
                openLater.itemId());
        assertThat(page.get("totalElements").asLong()).isEqualTo(5);
        assertThat(page.get("size").asInt()).isEqualTo(50);

        JsonNode row = page.at("/content/1");
        assertThat(row.propertyNames()).containsExactly("itemId", "version", "title", "region", "responsibleBody",
                "category", "state", "stateSince", "changedOn", "dueOn", "dueAt", "calendarVersion", "provisional",
                "publishedAt", "workingDaysLate", "workingDaysLeft", "workingDaysOverdue", "openAlertId", "kind",
                "period", "limitKind");
        assertThat(row.get("version").asInt()).isEqualTo(2);
        assertThat(row.get("title").asString()).isEqualTo("C 社会保险待遇 Annual");
        assertThat(row.get("region").asString()).isEqualTo(prefix + "01");
        assertThat(row.get("responsibleBody").asString()).isEqualTo(HAMI_HRSS);
        assertThat(row.get("category").valueStream().map(JsonNode::asString))
                .containsExactly("社会保险", "养老保险", "待遇领取资格认证");
        assertThat(row.get("state").asString()).isEqualTo("OVERDUE");
        assertThat(row.get("stateSince").asString()).isEqualTo("2026-09-18T16:00:00Z");
        assertThat(row.get("changedOn").asString()).isEqualTo("2026-08-27");
        assertThat(row.get("dueOn").asString()).isEqualTo("2026-09-24");
        assertThat(row.get("dueAt").asString()).isEqualTo("2026-09-24T16:00:00Z");
        assertThat(row.get("calendarVersion").asString()).isEqualTo("cal-test");
        assertThat(row.get("provisional").asBoolean()).isFalse();
        assertThat(row.get("publishedAt").isNull()).isTrue();
        assertThat(row.get("workingDaysLate").isNull()).isTrue();
        assertThat(row.get("workingDaysLeft").isNull()).isTrue();
        // (24 Sep, 30 Sep]: 25–27 are 中秋 holidays, then 28, 29, 30
        assertThat(row.get("workingDaysOverdue").asInt()).isEqualTo(3);
        assertThat(row.get("openAlertId").isNull()).isTrue();

        // 10 Sep: 11, 14–18, Sunday 20 (调休), 21–24, 28–30
        assertThat(page.at("/content/0/workingDaysOverdue").asInt()).isEqualTo(14);
        assertThat(page.at("/content/0/category/0").asString()).isEqualTo("行政许可");
        assertThat(page.at("/content/2/workingDaysLeft").asInt()).isEqualTo(1);
        assertThat(page.at("/content/2/workingDaysOverdue").isNull()).isTrue();
        // [30 Sep, 9 Oct]: 30, 8, 9 (国庆 1–7)
        assertThat(page.at("/content/3/workingDaysLeft").asInt()).isEqualTo(3);
        assertThat(page.at("/content/3/category")).isEmpty();
        // … then Saturday 10 (调休) and Monday 12
        assertThat(page.at("/content/4/workingDaysLeft").asInt()).isEqualTo(5);

        // the next day the figures move with the clock
        clock.set("2026-10-08T09:00:00+08:00");
        JsonNode later = api.get("/api/obligations?region=" + prefix, LocalUser.OFFICER).json();
        assertThat(later.at("/content/1/workingDaysOverdue").asInt()).isEqualTo(4);
        assertThat(later.at("/content/3/workingDaysLeft").asInt()).isEqualTo(2);
    }

    @Test
    void filtersByStateBodyCategoryTextItemAndDueDate() {
        String region = "/api/obligations?region=" + prefix;
        assertThat(items(region + "&state=OVERDUE,ESCALATED")).containsExactly(escalated.itemId(), overdue.itemId());
        assertThat(items(region + "&state=" + encode("MET_LATE, MET"))).containsExactly(run + "-7", run + "-6");
        JsonNode late = get(region + "&state=MET_LATE").at("/content/0");
        assertThat(late.get("workingDaysLate").asInt()).isEqualTo(3);
        assertThat(late.get("publishedAt").asString()).isEqualTo("2026-09-18T07:00:00Z");
        assertThat(late.get("workingDaysLeft").isNull()).isTrue();
        assertThat(late.get("workingDaysOverdue").isNull()).isTrue();
        assertThat(items(region + "&state=CANCELLED")).containsExactly(run + "-8");
        assertThat(get(region + "&state=OPEN,DUE_SOON,OVERDUE,ESCALATED,MET,MET_LATE,CANCELLED")
                .get("totalElements").asLong()).isEqualTo(8);

        assertThat(items(region + "&responsibleBody=" + encode(BODY_B)))
                .containsExactly(escalated.itemId(), openLater.itemId());
        assertThat(items("/api/obligations?region=" + prefix + "02")).containsExactly(escalated.itemId(), open.itemId());

        // category: a piece of any level, any case; never across two levels
        assertThat(items(region + "&category=" + encode("养老"))).containsExactly(overdue.itemId());
        assertThat(items(region + "&category=budget")).containsExactly(dueSoon.itemId());
        assertThat(items(region + "&category=" + encode("保险待遇"))).isEmpty();
        // q: a piece of the title or the itemId, any case; LIKE wildcards are plain characters
        assertThat(items(region + "&q=annual")).containsExactly(overdue.itemId());
        assertThat(items(region + "&q=" + encode("保险待遇"))).containsExactly(overdue.itemId());
        assertThat(items(region + "&q=jiuye")).containsExactly(open.itemId());
        assertThat(items(region + "&q=" + encode("100%"))).containsExactly(escalated.itemId());
        assertThat(items(region + "&q=" + encode("%"))).containsExactly(escalated.itemId());
        assertThat(items(region + "&q=_")).containsExactly(escalated.itemId());
        assertThat(items(region + "&q=" + encode("成_情"))).containsExactly(escalated.itemId());
        assertThat(items(region + "&q=" + encode("\\"))).isEmpty();
        assertThat(items(region + "&q=" + encode(" " + run + "-3 "))).containsExactly(dueSoon.itemId());

        assertThat(items("/api/obligations?itemId=" + dueSoon.itemId())).containsExactly(dueSoon.itemId());
        assertThat(items("/api/obligations?itemId=" + dueSoon.itemId() + "x")).isEmpty();

        assertThat(items(region + "&dueOnOrBefore=2026-09-24")).containsExactly(escalated.itemId(), overdue.itemId());
        assertThat(items(region + "&dueOnOrAfter=2026-09-30")).containsExactly(dueSoon.itemId(), open.itemId(),
                openLater.itemId());
        assertThat(items(region + "&dueOnOrAfter=2026-09-24&dueOnOrBefore=2026-09-30"))
                .containsExactly(overdue.itemId(), dueSoon.itemId());
        // blank parameters mean any
        assertThat(get(region + "&state=&responsibleBody=&category=&q=&itemId=&dueOnOrBefore=&dueOnOrAfter="
                + "&dueWithinWorkingDays=&sort=").get("totalElements").asLong()).isEqualTo(5);
    }

    @Test
    void dueWithinWorkingDaysCountsOnTheCalendar() {
        String region = "/api/obligations?region=" + prefix;
        // 0: due by today (overdue ones included)
        assertThat(items(region + "&dueWithinWorkingDays=0")).containsExactly(escalated.itemId(), overdue.itemId(),
                dueSoon.itemId());
        // the 2nd working day after Wednesday 30 September is Friday 9 October
        assertThat(items(region + "&dueWithinWorkingDays=2")).containsExactly(escalated.itemId(), overdue.itemId(),
                dueSoon.itemId(), open.itemId());
        assertThat(items(region + "&dueWithinWorkingDays=3")).hasSize(4);
        // the 4th is Monday 12 October (Saturday 10 is the 3rd)
        assertThat(items(region + "&dueWithinWorkingDays=4")).hasSize(5);
        assertThat(items(region + "&dueWithinWorkingDays=1&state=OPEN")).isEmpty();
    }

    @Test
    void sortsAndPages() {
        String region = "/api/obligations?region=" + prefix;
        assertThat(items(region + "&sort=-dueOn")).containsExactly(openLater.itemId(), open.itemId(), dueSoon.itemId(),
                overdue.itemId(), escalated.itemId());
        assertThat(items(region + "&sort=title")).containsExactly(dueSoon.itemId(), openLater.itemId(),
                overdue.itemId(), open.itemId(), escalated.itemId());
        assertThat(items(region + "&sort=region")).containsExactly(overdue.itemId(), dueSoon.itemId(),
                openLater.itemId(), escalated.itemId(), open.itemId());
        assertThat(items(region + "&sort=dueOn")).containsExactly(escalated.itemId(), overdue.itemId(),
                dueSoon.itemId(), open.itemId(), openLater.itemId());

        JsonNode second = get(region + "&size=2&page=1");
        assertThat(items(second)).containsExactly(dueSoon.itemId(), open.itemId());
        assertThat(second.get("totalElements").asLong()).isEqualTo(5);
        assertThat(second.get("totalPages").asInt()).isEqualTo(3);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(items(region + "&size=2&page=2&sort=-dueOn")).containsExactly(escalated.itemId());
        JsonNode beyond = get(region + "&size=2&page=9");
        assertThat(beyond.get("content")).isEmpty();
        assertThat(beyond.get("totalElements").asLong()).isEqualTo(5);
        assertThat(get(region + "&size=500").get("size").asInt()).isEqualTo(500);
    }

    @Test
    void namesTheNewestAlertNobodyAcknowledged() {
        Instant t = Instant.parse("2026-09-20T00:00:00Z");
        UUID acknowledgedDueSoon = rows.alert("DUE_SOON", overdue.itemId(), 2, overdue.region(), HAMI_HRSS, t);
        UUID unacknowledged = rows.alert("OVERDUE", overdue.itemId(), 2, overdue.region(), HAMI_HRSS, t.plusSeconds(86_400));
        rows.alert("OVERDUE", overdue.itemId(), 1, overdue.region(), HAMI_HRSS, t.plusSeconds(172_800));
        UUID olderOpen = rows.alert("OVERDUE", escalated.itemId(), 1, escalated.region(), BODY_B, t);
        UUID newerAcknowledged = rows.alert("ESCALATED", escalated.itemId(), 1, escalated.region(), BODY_B,
                t.plusSeconds(86_400));
        for (UUID id : List.of(acknowledgedDueSoon, newerAcknowledged)) {
            assertThat(api.post("/api/alerts/" + id + "/ack", "application/json", "{}", LocalUser.OFFICER).status())
                    .isEqualTo(200);
        }

        JsonNode page = get("/api/obligations?region=" + prefix);
        assertThat(page.at("/content/0/openAlertId").asString()).isEqualTo(olderOpen.toString());
        assertThat(page.at("/content/1/openAlertId").asString()).isEqualTo(unacknowledged.toString());
        assertThat(page.at("/content/2/openAlertId").isNull()).isTrue();
        api.post("/api/alerts/" + unacknowledged + "/ack", "application/json", "{}", LocalUser.OFFICER);
        assertThat(get("/api/obligations?region=" + prefix).at("/content/1/openAlertId").isNull()).isTrue();
    }

    @Test
    void anOfficerSeesOnlyTheObligationsOfTheirRegions() {
        String token = "scope-" + UUID.randomUUID();
        ObligationRow hami = insert(ObligationRow.of("650500", "OVERDUE", LocalDate.of(2026, 9, 24))
                .withTitle("哈密 " + token));
        ObligationRow zhanggong = insert(ObligationRow.of("360702", "OVERDUE", LocalDate.of(2026, 9, 24))
                .withTitle("章贡 " + token));
        String search = "/api/obligations?q=" + token;

        assertThat(items(search, LocalUser.HAMI)).containsExactly(hami.itemId());
        assertThat(items(search, LocalUser.ZHANGGONG)).containsExactly(zhanggong.itemId());
        assertThat(items(search + "&sort=region", LocalUser.ADMIN)).containsExactly(zhanggong.itemId(), hami.itemId());
        assertThat(items(search + "&sort=region", LocalUser.OFFICER)).containsExactly(zhanggong.itemId(), hami.itemId());
        // a region outside the caller's: an empty page, not a 403; one around theirs: narrowed to theirs
        JsonNode outside = api.get(search + "&region=36", LocalUser.HAMI).json();
        assertThat(outside.get("totalElements").asLong()).isZero();
        assertThat(outside.get("content")).isEmpty();
        assertThat(items(search + "&region=65", LocalUser.HAMI)).containsExactly(hami.itemId());
        assertThat(items("/api/obligations?itemId=" + zhanggong.itemId(), LocalUser.HAMI)).isEmpty();
    }

    @Test
    void countsOnTheCalendarOfEachRowsRegion() {
        // Thursday 2025-06-05: in Xinjiang (65) 6 to 10 June are 古尔邦节; elsewhere working days but the weekend
        clock.set("2025-06-05T10:00:00+08:00");
        String token = "calendar-" + UUID.randomUUID();
        ObligationRow hami = insert(ObligationRow.of("650500", "OPEN", LocalDate.of(2025, 6, 11))
                .withTitle("哈密 " + token));
        ObligationRow zhanggong = insert(ObligationRow.of("360702", "OPEN", LocalDate.of(2025, 6, 11))
                .withTitle("章贡 " + token));
        JsonNode page = get("/api/obligations?sort=region&q=" + token);
        assertThat(items(page)).containsExactly(zhanggong.itemId(), hami.itemId());
        assertThat(page.at("/content/0/workingDaysLeft").asInt()).isEqualTo(5);
        assertThat(page.at("/content/1/workingDaysLeft").asInt()).isEqualTo(2);

        // the first working day after 5 June: the 11th in Hami (a 6-digit region filter), the 6th nationally
        assertThat(items("/api/obligations?dueWithinWorkingDays=1&region=650500&q=" + token))
                .containsExactly(hami.itemId());
        assertThat(items("/api/obligations?dueWithinWorkingDays=1&region=6505&q=" + token)).isEmpty();
        assertThat(items("/api/obligations?dueWithinWorkingDays=3&region=6505&q=" + token)).isEmpty();
        assertThat(items("/api/obligations?dueWithinWorkingDays=4&region=6505&q=" + token))
                .containsExactly(hami.itemId());
    }

    @Test
    void refusesBadParametersNamingThem() {
        JsonNode state = api.get("/api/obligations?state=OPEN,LATE", LocalUser.OFFICER).problem(400);
        assertThat(state.get("parameter").asString()).isEqualTo("state");
        assertThat(state.get("allowedValues").valueStream().map(JsonNode::asString)).containsExactly("OPEN", "DUE_SOON",
                "OVERDUE", "ESCALATED", "PAUSED", "MET", "MET_LATE", "CANCELLED");
        JsonNode sort = api.get("/api/obligations?sort=dueAt", LocalUser.OFFICER).problem(400);
        assertThat(sort.get("parameter").asString()).isEqualTo("sort");
        assertThat(sort.get("allowedValues").valueStream().map(JsonNode::asString))
                .containsExactly("dueOn", "-dueOn", "title", "region");
        for (String date : List.of("2026-9-30", "30.09.2026", "2026-02-30", "yesterday", "+12026-09-30")) {
            assertThat(parameter("/api/obligations?dueOnOrBefore=" + encode(date))).isEqualTo("dueOnOrBefore");
            assertThat(parameter("/api/obligations?dueOnOrAfter=" + encode(date))).isEqualTo("dueOnOrAfter");
        }
        for (String days : List.of("-1", "61", "two", "1.5")) {
            assertThat(parameter("/api/obligations?dueWithinWorkingDays=" + days)).isEqualTo("dueWithinWorkingDays");
        }
        assertThat(get("/api/obligations?dueWithinWorkingDays=60&region=" + prefix).get("totalElements").asLong())
                .isEqualTo(5);
        assertThat(parameter("/api/obligations?q=" + encode("长".repeat(201)))).isEqualTo("q");
        assertThat(parameter("/api/obligations?category=" + encode("a\u001fb"))).isEqualTo("category");
        QueryParameterChecks.refusesBadRegionsAndPaging(api, "/api/obligations", LocalUser.OFFICER);
    }

    private JsonNode get(String path) {
        ApiClient.Response response = api.get(path, LocalUser.OFFICER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> items(String path) {
        return items(get(path));
    }

    private List<String> items(String path, ApiClient.User user) {
        ApiClient.Response response = api.get(path, user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return items(response.json());
    }

    private String parameter(String path) {
        return api.get(path, LocalUser.OFFICER).problem(400).get("parameter").asString();
    }

    static List<String> items(JsonNode page) {
        return page.get("content").valueStream().map(row -> row.get("itemId").asString()).toList();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
