package cn.shixian.deadline.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.ApiClient;
import cn.shixian.testsupport.HttpApiTest;
import cn.shixian.testsupport.QueryParameterChecks;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Region scope on the item and obligation reads, and the item list and lookup a catalog re-import
 * uses, over real HTTP against rows written straight into PostgreSQL. Rows of other tests share the
 * tables, so each test finds its own by a token in their ids, titles or responsible bodies.
 */
@DeadlineApiTest
class ItemApiIntegrationTest extends HttpApiTest {

    private static final Instant T0 = Instant.parse("2025-09-24T02:30:00Z");

    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void anItemOutsideTheCallersRegionsIsNotFoundTheSameWayAsAnUnknownOne() {
        String zhanggong = "scope-" + UUID.randomUUID();
        insertItem(zhanggong, 1, "360702", "章贡区政务公开事项", null, false);

        JsonNode hidden = api.get("/api/items/" + zhanggong, LocalUser.HAMI).problem(404);
        JsonNode unknown = api.get("/api/items/never-" + zhanggong, LocalUser.HAMI).problem(404);

        assertThat(hidden.get("title").asString()).isEqualTo(unknown.get("title").asString()).isEqualTo("Item not found");
        assertThat(hidden.get("detail").asString()).isEqualTo("No item '" + zhanggong
                + "': the deadline-service has received no event of it.");
        assertThat(api.get("/api/items/" + zhanggong, LocalUser.ZHANGGONG).status()).isEqualTo(200);
        JsonNode asAdmin = api.get("/api/items/" + zhanggong, LocalUser.ADMIN).json();
        assertThat(asAdmin.at("/item/region").asString()).isEqualTo("360702");
        assertThat(asAdmin.at("/item/category").valueStream().map(JsonNode::asString)).containsExactly("政务公开", "目录");
        assertThat(api.get("/api/items/" + zhanggong, LocalUser.OFFICER).status()).as("no regions: every region")
                .isEqualTo(200);
    }

    @Test
    void showsAServiceGuidesProcessingLimitOnTheItemAndInListings() {
        String guide = "guide-" + UUID.randomUUID();
        insertItem(guide, 1, "650000", "机关事业单位社会保险登记", null, false);
        jdbc.sql("update item set processing_limit = '材料齐全的情况下，即时办结' where item_id = ?").param(guide).update();
        String catalogItem = "plain-" + UUID.randomUUID();
        insertItem(catalogItem, 1, "650500", "机构职能", "公开事项信息形成或变更之日起20个工作日内公开", false);

        JsonNode timeline = api.get("/api/items/" + guide, LocalUser.OFFICER).json();
        assertThat(timeline.at("/item/processingLimit").asString()).isEqualTo("材料齐全的情况下，即时办结");
        assertThat(timeline.at("/item/timeLimitText").isNull()).as("no 公开时限: the default 20 applies").isTrue();
        assertThat(api.get("/api/items/" + catalogItem, LocalUser.OFFICER).json().at("/item/processingLimit").isNull())
                .isTrue();
        assertThat(lookup("{\"itemIds\": [\"" + guide + "\"]}", LocalUser.OFFICER).json().at("/items/0/processingLimit")
                .asString()).isEqualTo("材料齐全的情况下，即时办结");
    }

    @Test
    void theWorkbenchSeesWhatTheOfficerItActsForSees() {
        String zhanggong = "acting-" + UUID.randomUUID();
        insertItem(zhanggong, 1, "360702", "章贡区事项", null, false);

        assertThat(actingFor("hami", "/api/items/" + zhanggong).statusCode()).isEqualTo(404);
        assertThat(actingFor("zhanggong", "/api/items/" + zhanggong).statusCode()).isEqualTo(200);
    }

    @Test
    void aRegionalOfficerListsOnlyTheObligationsOfTheirRegions() {
        String body = "范围局-" + UUID.randomUUID();
        String hami = "so-" + UUID.randomUUID();
        insertObligation(hami, 1, "650500", body);
        insertObligation("so-" + UUID.randomUUID(), 1, "654002", body);
        insertObligation("so-" + UUID.randomUUID(), 1, "360702", body);
        String byBody = "/api/obligations?responsibleBody=" + URLEncoder.encode(body, StandardCharsets.UTF_8);

        JsonNode asHami = api.get(byBody, LocalUser.HAMI).json();
        assertThat(asHami.get("totalElements").asLong()).isEqualTo(1);
        assertThat(asHami.at("/content/0/itemId").asString()).isEqualTo(hami);
        assertThat(api.get(byBody + "&region=65", LocalUser.HAMI).json().get("totalElements").asLong())
                .as("a wider filter is narrowed to the caller's regions").isEqualTo(1);
        assertThat(api.get(byBody + "&region=36", LocalUser.HAMI).json().get("totalElements").asLong()).isZero();
        assertThat(api.get(byBody, LocalUser.ADMIN).json().get("totalElements").asLong()).isEqualTo(3);
        assertThat(api.get(byBody, LocalUser.ZHANGGONG).json().at("/content/0/region").asString()).isEqualTo("360702");
    }

    @Test
    void listsItemsByRegionAndTextWithinTheCallersRegions() {
        String token = "Tok" + UUID.randomUUID().toString().substring(0, 8);
        String a = "lst-a-" + token;
        String b = "lst-b-" + token;
        insertItem(a, 3, "650500", "养老保险待遇 " + token, "公开事项信息形成或变更之日起20个工作日内公开", false);
        insertItem(b, 1, "650502", "就业补贴 " + token.toUpperCase(), null, true);
        insertItem("lst-c-" + token, 1, "360702", "社保卡 " + token, null, false);
        insertItem("lst-d-" + UUID.randomUUID(), 1, "650500", "与此无关", null, false);
        String q = "/api/items?q=" + token.toLowerCase();

        JsonNode all = api.get(q, LocalUser.OFFICER).json();
        assertThat(all.get("totalElements").asLong()).isEqualTo(3);
        assertThat(all.get("content").valueStream().map(i -> i.get("itemId").asString()))
                .containsExactly(a, b, "lst-c-" + token);
        JsonNode first = all.at("/content/0");
        assertThat(first.get("version").asInt()).isEqualTo(3);
        assertThat(first.get("region").asString()).isEqualTo("650500");
        assertThat(first.get("responsibleBody").asString()).isEqualTo("哈密市人社局");
        assertThat(first.get("title").asString()).isEqualTo("养老保险待遇 " + token);
        assertThat(first.get("category").valueStream().map(JsonNode::asString)).containsExactly("政务公开", "目录");
        assertThat(first.get("mode").asString()).isEqualTo("ACTIVE");
        assertThat(first.get("timeLimitText").asString()).isEqualTo("公开事项信息形成或变更之日起20个工作日内公开");
        assertThat(first.get("retired").asBoolean()).isFalse();
        assertThat(first.get("updatedAt").asString()).isEqualTo("2025-09-24T02:30:00Z");
        assertThat(all.at("/content/1/retired").asBoolean()).isTrue();
        assertThat(all.at("/content/1/timeLimitText").isNull()).isTrue();

        assertThat(ids(api.get(q, LocalUser.HAMI).json())).as("650502 is not within 650500").containsExactly(a);
        assertThat(ids(api.get(q + "&region=6505", LocalUser.OFFICER).json())).containsExactly(a, b);
        assertThat(ids(api.get(q + "&region=36", LocalUser.HAMI).json())).isEmpty();
        assertThat(ids(api.get("/api/items?q=" + URLEncoder.encode("养老保险待遇 " + token, StandardCharsets.UTF_8),
                LocalUser.HAMI).json())).containsExactly(a);
        assertThat(ids(api.get("/api/items?q=LST-B-" + token, LocalUser.OFFICER).json())).as("the id, any case")
                .containsExactly(b);
        assertThat(ids(api.get("/api/items?q=%25" + token, LocalUser.ADMIN).json())).as("% is no wildcard").isEmpty();
        JsonNode paged = api.get(q + "&page=1&size=2", LocalUser.ADMIN).json();
        assertThat(ids(paged)).containsExactly("lst-c-" + token);
        assertThat(paged.get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void looksUpItemsByIdLeavingOutUnknownOnesAndThoseOutsideTheCallersRegions() {
        String token = UUID.randomUUID().toString();
        String hami = "lk-h-" + token;
        String zhanggong = "lk-z-" + token;
        insertItem(hami, 2, "650500", "哈密事项", "10个工作日", false);
        insertItem(zhanggong, 1, "360702", "章贡事项", null, false);
        String request = "{\"itemIds\": [\"" + zhanggong + "\", \"lk-unknown-" + token + "\", \"" + hami + "\", \""
                + zhanggong + "\"]}";

        JsonNode asOfficer = lookup(request, LocalUser.OFFICER).json();
        JsonNode asHami = lookup(request, LocalUser.HAMI).json();

        assertThat(asOfficer.get("items").valueStream().map(i -> i.get("itemId").asString()))
                .as("in the order asked, each once").containsExactly(zhanggong, hami);
        assertThat(asHami.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("itemId").asString()).isEqualTo(hami);
            assertThat(item.get("version").asInt()).isEqualTo(2);
            assertThat(item.get("timeLimitText").asString()).isEqualTo("10个工作日");
        });
    }

    @Test
    void anItemStoredBeforeCategoriesWereKeptHasNone() {
        String old = "old-" + UUID.randomUUID();
        jdbc.sql("""
                insert into item (item_id, latest_version, region, responsible_body, title, mode, updated_at)
                values (:itemId, 1, '650500', '哈密市人社局', '旧事项', 'ACTIVE', :at)""")
                .param("itemId", old).param("at", Timestamp.from(T0)).update();

        JsonNode item = lookup("{\"itemIds\": [\"" + old + "\"]}", LocalUser.HAMI).json().at("/items/0");

        assertThat(item.get("category").isNull()).isTrue();
        assertThat(item.get("timeLimitText").isNull()).isTrue();
    }

    @Test
    void aLookupNeedsOneToTwoThousandIds() {
        String tooMany = IntStream.rangeClosed(1, 2001).mapToObj(i -> "\"id-" + i + "\"")
                .collect(Collectors.joining(",", "{\"itemIds\": [", "]}"));
        for (String body : List.of("{}", "{\"itemIds\": []}", tooMany, "{\"itemIds\": [\"a\", \" \"]}")) {
            assertThat(lookup(body, LocalUser.OFFICER).problem(400).get("parameter").asString()).as(body)
                    .isEqualTo("itemIds");
        }
        String twoThousand = IntStream.rangeClosed(1, 2000).mapToObj(i -> "\"none-" + i + "\"")
                .collect(Collectors.joining(",", "{\"itemIds\": [", "]}"));
        assertThat(lookup(twoThousand, LocalUser.OFFICER).json().get("items")).isEmpty();
        lookup("not json", LocalUser.OFFICER).problem(400);
    }

    @Test
    void listingAndLookupNeedAnOfficerOrACatalogImport() {
        api.get("/api/items", null).problem(401);
        // a catalog import (INGEST) compares its rows with the known items; the timeline stays the officers'
        assertThat(api.get("/api/items", LocalUser.INGEST).status()).isEqualTo(200);
        assertThat(lookup("{\"itemIds\": [\"a\"]}", LocalUser.INGEST).status()).isEqualTo(200);
        api.get("/api/items/a", LocalUser.INGEST).problem(403);
        lookup("{\"itemIds\": [\"a\"]}", null).problem(401);
        assertThat(api.get("/api/items?q=" + "x".repeat(201), LocalUser.OFFICER).problem(400).get("parameter")
                .asString()).isEqualTo("q");
        QueryParameterChecks.refusesBadRegionsAndPaging(api, "/api/items", LocalUser.OFFICER);
    }

    private ApiClient.Response lookup(String body, ApiClient.User user) {
        return api.post("/api/items/lookup", "application/json", body, user);
    }

    private static List<String> ids(JsonNode page) {
        return page.get("content").valueStream().map(i -> i.get("itemId").asString()).toList();
    }

    /** A call of the workbench's account for another user (ApiClient sends no extra headers). */
    private HttpResponse<String> actingFor(String user, String path) {
        try {
            String basic = Base64.getEncoder().encodeToString("workbench:workbench-local".getBytes(StandardCharsets.UTF_8));
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + basic).header("X-Shixian-Acting-User", user).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void insertItem(String itemId, int version, String region, String title, String timeLimitText,
                            boolean retired) {
        jdbc.sql("""
                insert into item (item_id, latest_version, region, responsible_body, title, mode, retired_at,
                    updated_at, category, time_limit_text)
                values (:itemId, :version, :region, '哈密市人社局', :title, 'ACTIVE', :retiredAt, :at,
                    string_to_array('政务公开/目录', '/'), :text)""")
                .param("itemId", itemId).param("version", version).param("region", region).param("title", title)
                .param("retiredAt", retired ? Timestamp.from(T0) : null).param("at", Timestamp.from(T0))
                .param("text", timeLimitText).update();
    }

    private void insertObligation(String itemId, int version, String region, String body) {
        LocalDate dueOn = LocalDate.of(2025, 10, 28);
        jdbc.sql("""
                insert into obligation (item_id, version, region, responsible_body, title, changed_at, changed_on, counted_from,
                    working_days, time_limit_unparsed, due_on, due_at, calendar_version, provisional, state,
                    opened_at, updated_at)
                values (:itemId, :version, :region, :body, '事项', :changedAt, :changedOn, :changedOn, 20, false, :dueOn, :dueAt,
                    'cal-test', false, 'OPEN', :changedAt, :changedAt)""")
                .param("itemId", itemId).param("version", version).param("region", region).param("body", body)
                .param("changedAt", Timestamp.from(T0)).param("changedOn", LocalDate.of(2025, 9, 24))
                .param("dueOn", dueOn)
                .param("dueAt", Timestamp.from(dueOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8))))
                .update();
    }
}
