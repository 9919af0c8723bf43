package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.testsupport.ApiClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The workbench's request pages (依申请公开, issue 17) in headless Chromium against the real system of
 * {@code ./shixian up} (Kafka, PostgreSQL, both services): the list, a corrected, consulted and
 * extended request's clock, a request outside a Hami officer's regions, the 2025 report table with
 * its consistency line and its XLSX read back with Apache POI. The requests are {@link RequestFixture}'s;
 * what the pages show is checked against the deadline-service's API. Screenshots go to
 * {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestPagesBrowserTest extends SystemInBrowserTest {

    private static final ApiClient.User OFFICER = new ApiClient.User("officer", "officer-local");
    private static final ApiClient.User HAMI = new ApiClient.User("hami", "hami-local");

    private ApiClient deadline;

    @Override
    void prepare() throws Exception {
        deadline = new ApiClient(settings.deadlinePort());
        RequestFixture.send(deadline);
        // the events go through disclosure.requests and the intake: wait until every clock is folded
        await().atMost(PATIENCE).until(() -> deadline.get("/api/requests?size=100", OFFICER).json()
                .get("totalElements").asInt() == 6
                && deadline.get("/api/requests/" + RequestFixture.CORRECTED_EXTENDED, OFFICER).json()
                .get("steps").size() == 7
                && deadline.get("/api/requests/" + RequestFixture.WITHDRAWN, OFFICER).json().get("steps").size() == 2);
    }

    @Test
    @Order(1)
    void theListShowsTheOfficersRequestsWithTheirStatesAndFiltersByState() throws IOException {
        signInAs("hami", "hami-local");
        open("/requests");
        assertThat(browser.driver.findElement(By.cssSelector("header.top nav a.active")).getText()).isEqualTo("依申请");
        assertThat(text(By.id("request-count"))).isEqualTo("共 5 件");
        String table = text(By.id("request-table"));
        assertThat(table).contains(RequestFixture.CORRECTED_EXTENDED, RequestFixture.SUBJECT, "自然人", "商业企业",
                "法律服务机构", "2025年9月26日（周五）", "2025年12月2日（周二）").doesNotContain(RequestFixture.ZHANGGONG);
        assertThat(rowText(RequestFixture.CORRECTED_EXTENDED)).contains("逾期答复").contains("逾期 2 个工作日答复");
        assertThat(rowText(RequestFixture.LATE_CORRECTION)).contains("已答复").contains("按期");
        assertThat(rowText(RequestFixture.WITHDRAWN)).contains("已撤回");
        // received on 2025-12-22 and never answered: its clock ran out in January 2026
        assertThat(rowText(RequestFixture.STILL_OPEN)).contains("办理中").contains("已逾期");
        browser.screenshot("13-requests");

        open("/requests?state=ANSWERED_LATE");
        assertThat(text(By.id("request-count"))).isEqualTo("共 1 件");
        assertThat(browser.driver.findElement(By.cssSelector("#r-state option[selected]")).getText()).isEqualTo("逾期答复");
        browser.submit(browser.driver.findElement(By.linkText(RequestFixture.CORRECTED_EXTENDED)));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/requests/" + RequestFixture.CORRECTED_EXTENDED);
    }

    @Test
    @Order(2)
    void theClockOfACorrectedConsultedAndExtendedRequestSaysWhyItIsDueOnTheSecondOfDecember() throws IOException {
        signInAs("hami", "hami-local");
        open("/requests/" + RequestFixture.CORRECTED_EXTENDED);
        JsonNode clock = deadline.get("/api/requests/" + RequestFixture.CORRECTED_EXTENDED, HAMI).json();
        assertThat(clock.get("dueOn").asString()).isEqualTo("2025-12-02");
        assertThat(text(By.id("request-title"))).isEqualTo(RequestFixture.SUBJECT);
        assertThat(text(By.id("received-on"))).isEqualTo("2025年9月26日（周五）");
        assertThat(text(By.id("due-on"))).isEqualTo("2025年12月2日（周二）");
        assertThat(text(By.id("due-rule"))).isEqualTo(
                "自收到补正后申请之日2025年10月15日（周三）起（当日不计入）第 34 个工作日，即2025年12月2日（周二）。");
        assertThat(text(By.id("due-parts"))).contains("答复期限 20 个工作日")
                .contains("+ 征求意见 4 个工作日（哈密市某养老服务有限公司，10月20日–10月24日")
                .contains("+ 延期 10 个工作日（2025年11月10日（周一）批准）").contains("= 共 34 个工作日");
        assertThat(text(By.id("due-reason"))).contains(clock.get("dueReason").asString());

        List<WebElement> pauses = browser.driver.findElements(By.cssSelector("#pauses tbody tr"));
        assertThat(pauses).hasSize(2);
        assertThat(pauses.get(0).getText()).contains("补正", "2025年9月30日（周二）", "2025年10月15日（周三）",
                "申请内容未写明所需信息的年度和险种");
        assertThat(pauses.get(1).getText()).contains("征求意见", "2025年10月20日（周一）", "2025年10月24日（周五）", "4",
                "哈密市某养老服务有限公司（第三方）");
        assertThat(text(By.id("extensions"))).contains("2025年11月10日（周一）", "10",
                "哈密市人力资源和社会保障局政务公开办公室主任", "所需信息涉及多个科室，需汇总核对");
        assertThat(text(By.id("outcome-label"))).isEqualTo("（一）予以公开");
        assertThat(text(By.id("late-days"))).isEqualTo("逾期 2 个工作日答复");
        assertThat(browser.driver.findElement(By.id("item-link")).getAttribute("href"))
                .endsWith("/items/" + RequestFixture.ITEM);
        assertThat(browser.driver.findElements(By.cssSelector("#steps tbody tr"))).hasSize(7);
        assertThat(browser.driver.findElements(By.id("flags"))).isEmpty();
        browser.screenshot("14-request");
        browser.phone();
        assertThat(browser.scrollsSideways()).isFalse();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('why-h').scrollIntoView();");
        browser.screenshot("15-phone-request");
    }

    @Test
    @Order(3)
    void aCorrectionAskedForAfterSevenWorkingDaysIsFlagged() {
        signInAs("hami", "hami-local");
        open("/requests/" + RequestFixture.LATE_CORRECTION);
        assertThat(text(By.cssSelector("#flags li[data-flag='LATE_CORRECTION_REQUEST']")))
                .contains("2025年3月14日（周五）").contains("9 个工作日").contains("7 个工作日内");
        assertThat(text(By.id("outcome-label"))).isEqualTo("（三）不予公开 · 4. 保护第三方合法权益");
        assertThat(browser.driver.findElements(By.id("item-link"))).isEmpty();
    }

    @Test
    @Order(4)
    void aHamiOfficerCannotOpenAZhanggongRequest() throws IOException {
        signInAs("hami", "hami-local");
        open("/requests/" + RequestFixture.ZHANGGONG);
        assertThat(text(By.tagName("main"))).contains("事项不存在，或不在您的辖区内");
        String unknown = text(By.tagName("main"));
        open("/requests/no-such-request-" + RequestFixture.RUN);
        assertThat(text(By.tagName("main"))).isEqualTo(unknown);
        browser.screenshot("16-request-out-of-region");
    }

    @Test
    @Order(5)
    void theReportOf2025IsTheApisTableAndItsConsistencyLineHolds() throws Exception {
        signInAs("hami", "hami-local");
        open("/reports/requests");
        // by default last year and the officer's first region
        int lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        assertThat(browser.driver.findElement(By.cssSelector("#rp-year option[selected]")).getText())
                .isEqualTo(Integer.toString(lastYear));
        assertThat(browser.driver.findElement(By.id("rp-region")).getAttribute("value")).isEqualTo("650500");

        open("/reports/requests?year=2025&region=650500");
        JsonNode table = deadline.get("/api/reports/requests?year=2025&region=650500", HAMI).json();
        assertThat(text(By.cssSelector("#request-report caption"))).contains("2025").contains("650500");
        for (JsonNode row : table.get("rows")) {
            String number = row.get("number").asString();
            for (JsonNode column : table.get("columns")) {
                String key = column.get("key").asString();
                assertThat(cell(number, key)).as(number + " × " + key).isEqualTo(row.get("cells").get(key).asInt());
            }
        }
        assertThat(cell("一", "TOTAL")).isEqualTo(4);
        assertThat(cell("一", "NATURAL_PERSON")).isEqualTo(2);
        assertThat(cell("一", "LEGAL_SERVICE")).isEqualTo(1);
        assertThat(cell("二", "NATURAL_PERSON")).isEqualTo(1);
        assertThat(cell("三（一）", "NATURAL_PERSON")).isEqualTo(2);
        assertThat(cell("三（三）4", "COMMERCIAL")).isEqualTo(1);
        assertThat(cell("三（七）", "TOTAL")).isEqualTo(4);
        assertThat(cell("四", "TOTAL")).isEqualTo(1);
        assertThat(table.get("consistent").asBoolean()).isTrue();
        assertThat(text(By.id("consistency")))
                .isEqualTo("勾稽关系成立：一 + 二 = 4 + 1 = 5，三（七） + 四 = 4 + 1 = 5。");
        assertThat(browser.driver.findElements(By.cssSelector("#request-report td.broken"))).isEmpty();
        // laid out like the form: 申请人情况 over 自然人, 法人或其他组织 (five kinds) and 总计; 三 spans its rows
        assertThat(text(By.cssSelector("#request-report thead"))).contains("申请人情况", "自然人", "法人或其他组织",
                "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
        assertThat(browser.driver.findElement(By.cssSelector("#request-report th.section")).getAttribute("rowspan"))
                .isEqualTo("22");
        browser.screenshot("17-request-report");

        String xlsx = browser.driver.findElement(By.id("report-xlsx")).getAttribute("href");
        HttpResponse<byte[]> download = download(xlsx);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename*=UTF-8''%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E7%94%B3%E8%AF%B7"
                        + "%E6%83%85%E5%86%B5-2025-650500.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("三、收到和处理政府信息公开申请情况");
            Map<String, Integer> totals = new HashMap<>();
            for (Row row : sheet) {
                Cell number = row.getCell(0);
                Cell total = row.getCell(8);
                if (number != null && number.getCellType() == CellType.STRING && total != null
                        && total.getCellType() == CellType.NUMERIC) {
                    totals.put(number.getStringCellValue(), (int) total.getNumericCellValue());
                }
            }
            for (String number : List.of("一", "二", "三（一）", "三（七）", "四")) {
                assertThat(totals.get(number)).as(number).isEqualTo(cell(number, "TOTAL"));
            }
        }
        browser.phone();
        assertThat(browser.scrollsSideways()).isFalse();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('request-report').scrollIntoView();");
        browser.screenshot("18-phone-request-report");
    }

    @Test
    @Order(6)
    void atAPhonesWidthTheListDoesNotScrollSidewaysAndTheReportReadsInEnglish() throws IOException {
        signInAs("hami", "hami-local");
        browser.phone();
        open("/requests");
        assertThat(browser.scrollsSideways()).isFalse();
        browser.screenshot("19-phone-requests");
        browser.desktop();
        open("/reports/requests?year=2025&region=650500&lang=en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Yearly report · requests for information");
        assertThat(text(By.id("consistency"))).startsWith("The table holds");
        browser.screenshot("20-request-report-english");
        open("/requests?lang=zh-CN");
        assertThat(text(By.tagName("h1"))).isEqualTo("依申请公开");
    }

    private int cell(String row, String column) {
        return Integer.parseInt(browser.driver.findElement(By.cssSelector(
                "#request-report tr[data-row='" + row + "'] td[data-column='" + column + "'] span")).getText().strip());
    }

    private String rowText(String requestId) {
        return text(By.cssSelector("#request-table tr[data-request='" + requestId + "']"));
    }
}
