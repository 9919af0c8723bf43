package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.shixian.testsupport.ApiClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The officers' workbench in a real browser (Debian's headless Chromium), against the real
 * services, Kafka and PostgreSQL that {@code ./shixian up} runs. What the pages show is checked
 * against what the APIs answer. Screenshots of every page go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest extends SystemInBrowserTest {

    private static final ApiClient.User HAMI = new ApiClient.User("hami", "hami-local");
    private static final ApiClient.User ADMIN = new ApiClient.User("admin", "admin-local");

    private ApiClient alerting;

    @Override
    void prepare() throws Exception {
        alerting = new ApiClient(settings.alertingPort());
        WorkbenchFixture.send(new ApiClient(settings.deadlinePort()));
        // the sweep (every 15 s here) raises the alerts the pages list
        await().atMost(PATIENCE).until(() -> alertsOf(WorkbenchFixture.HAMI_ESCALATED) > 0
                && alertsOf(WorkbenchFixture.HAMI_DUE_SOON) > 0 && alertsOf(WorkbenchFixture.ZHANGGONG_OVERDUE) > 0);
    }

    @Test
    @Order(1)
    void anUnauthenticatedVisitorSeesOnlyTheSignInPageAndAWrongPasswordIsSaidSo() throws IOException {
        open("/worklist");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).startsWith("zh");
        browser.screenshot("01-login");
        signIn("hami", "wrong-password");
        assertThat(text(By.cssSelector(".message.error"))).isEqualTo("用户名或密码错误。");
        browser.screenshot("02-login-wrong-password");
    }

    @Test
    @Order(2)
    void repeatedWrongPasswordsLockTheUserNameWhateverItsCase() {
        // the workbench's own API account has no page here
        open("/login");
        signIn("workbench", "workbench-local");
        assertThat(text(By.cssSelector(".message.error"))).contains("不能登录工作台");
        for (int attempt = 0; attempt < 5; attempt++) {
            open("/login");
            signIn(attempt % 2 == 0 ? "zhanggong" : "ZhangGong", "guess-" + attempt);
        }
        assertThat(text(By.cssSelector(".message.error"))).contains("已锁定");
        // even the right password is refused while the name is locked
        signIn("zhanggong", "zhanggong-local");
        assertThat(browser.driver.getCurrentUrl()).contains("/login?locked=");
    }

    @Test
    @Order(3)
    void theOverviewCountsAreTheApis() throws IOException {
        signInAs("hami", "hami-local");
        open("/");
        JsonNode summary = alerting.get("/api/obligations/summary", HAMI).json();
        for (String state : List.of("OPEN", "DUE_SOON", "OVERDUE", "ESCALATED")) {
            String shown = text(By.cssSelector(".lamps li[data-state='" + state + "'] .count"));
            assertThat(Long.parseLong(shown)).as(state).isEqualTo(summary.get("byState").get(state).asLong());
        }
        assertThat(summary.get("byState").get("ESCALATED").asLong()).isPositive();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
                d -> "true".equals(d.findElement(By.id("trend-chart")).getAttribute("data-rendered")));
        assertThat(text(By.id("due-next"))).contains("失业保险金申领");
        browser.screenshot("03-overview");
    }

    @Test
    @Order(4)
    void aFilteredWorklistExportsToTheSameRowsInXlsx() throws Exception {
        signInAs("hami", "hami-local");
        open("/worklist?list=overdue");
        WebElement search = browser.driver.findElement(By.id("f-q"));
        search.sendKeys("养老保险待遇");
        browser.driver.findElement(By.cssSelector("#filter button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBe(By.id("result-count"), "共 1 项"));
        // htmx swapped the table in place and put the filter in the address, for the back button and a bookmark
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
        List<String> headings = browser.driver.findElements(By.cssSelector("#worklist-table thead th")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        assertThat(headings).contains("周期", "时限类型");
        assertThat(text(By.id("worklist-table"))).contains(WorkbenchFixture.ESCALATED_TITLE).doesNotContain("城乡居民");
        browser.screenshot("04-worklist-filtered");

        String xlsx = browser.driver.findElement(By.id("export-xlsx")).getAttribute("href");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(xlsx).body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(headings);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            List<String> row = cells(sheet.getRow(1));
            assertThat(row).contains(WorkbenchFixture.ESCALATED_TITLE, WorkbenchFixture.HAMI_ESCALATED, "逾期升级", "工作日");
        }
        String csv = new String(download(browser.driver.findElement(By.id("export-csv")).getAttribute("href")).body(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + String.join(",", headings)).contains(WorkbenchFixture.HAMI_ESCALATED);
    }

    @Test
    @Order(5)
    void theItemPageExplainsTheCountAcrossNationalDay2025() throws IOException {
        signInAs("hami", "hami-local");
        open("/worklist?list=overdue&q=" + WorkbenchFixture.RUN);
        browser.submit(browser.driver.findElement(By.linkText(WorkbenchFixture.ESCALATED_TITLE)));
        assertThat(text(By.id("count-rule"))).contains("2025年9月24日（周三）").contains("第 20 个工作日")
                .contains("2025年10月28日（周二）");
        String sentence = text(By.id("count-sentence"));
        assertThat(sentence).contains("10月1日–8日").contains("国庆节").contains("放假")
                .contains("9月28日（周日）调休上班");
        WebElement makeUpDay = browser.driver.findElement(By.cssSelector("#count-calendar td[data-date='2025-09-28']"));
        assertThat(makeUpDay.getAttribute("class")).contains("kind-make-up-working-day").contains("counted");
        assertThat(browser.driver.findElement(By.cssSelector("#count-calendar td[data-date='2025-10-01']"))
                .getAttribute("class")).contains("kind-holiday").doesNotContain("counted");
        assertThat(browser.driver.findElement(By.cssSelector("#count-calendar td[data-date='2025-10-28'] .n")).getText())
                .isEqualTo("#20");
        browser.screenshot("05-item");
    }

    @Test
    @Order(6)
    void anAcknowledgedAlertLeavesTheQueueWithTheOfficersName() throws IOException {
        signInAs("hami", "hami-local");
        open("/items/" + WorkbenchFixture.HAMI_ESCALATED);
        WebElement form = browser.driver.findElement(By.cssSelector("form.ack-one"));
        form.findElement(By.tagName("textarea")).sendKeys("已联系哈密市人社局，本周内公开");
        browser.submit(form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(text(By.cssSelector(".message.ok"))).contains("已确认 1 条预警");
        assertThat(text(By.id("timeline"))).contains("hami 确认了").contains("已联系哈密市人社局，本周内公开");
        JsonNode queue = alerting.get("/api/alerts?acknowledged=false&itemId=" + WorkbenchFixture.HAMI_ESCALATED, ADMIN).json();
        assertThat(queue.get("totalElements").asLong()).isZero();
        JsonNode all = alerting.get("/api/alerts?itemId=" + WorkbenchFixture.HAMI_ESCALATED, ADMIN).json();
        assertThat(all.get("content").get(0).get("acknowledgedBy").asString()).isEqualTo("hami");
        browser.screenshot("06-item-acknowledged");
    }

    @Test
    @Order(7)
    void aHamiOfficerCannotOpenAZhanggongItem() throws IOException {
        signInAs("hami", "hami-local");
        open("/items/" + WorkbenchFixture.ZHANGGONG_OVERDUE);
        assertThat(text(By.tagName("main"))).contains("事项不存在，或不在您的辖区内");
        open("/worklist?list=open&region=36");
        assertThat(text(By.id("result-count"))).isEqualTo("共 0 项");
        browser.screenshot("07-out-of-region");
    }

    @Test
    @Order(8)
    void theCalendarShowsTheMakeUpWorkingDayOfNationalDay2025() throws IOException {
        signInAs("hami", "hami-local");
        open("/calendar?region=650500&year=2025");
        assertThat(browser.driver.findElement(By.cssSelector("#year-grid td[data-date='2025-09-28']")).getAttribute("class"))
                .contains("kind-make-up-working-day");
        assertThat(text(By.cssSelector("#named-days tr[data-date='2025-09-28']"))).contains("调休上班");
        assertThat(text(By.id("notices"))).contains("2025");
        browser.screenshot("08-calendar");
    }

    @Test
    @Order(9)
    void atAPhonesWidthNothingScrollsSideways() throws IOException {
        signInAs("hami", "hami-local");
        browser.phone();
        for (String page : List.of("/", "/worklist?list=open", "/items/" + WorkbenchFixture.HAMI_ESCALATED,
                "/calendar?region=650500&year=2025")) {
            open(page);
            assertThat(browser.scrollsSideways()).as(page).isFalse();
        }
        open("/worklist?list=open");
        browser.screenshot("09-phone-worklist");
    }

    @Test
    @Order(10)
    void anIngestUserImportsACatalogSeesTheRowsItCouldNotReadAndThenWhatChanged() throws IOException {
        signInAs("ingest", "ingest-local");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/import");
        Path catalog = dataDir.resolve("catalog.csv");
        Files.writeString(catalog, """
                序号,公开事项,,公开时限,公开主体,公开方式,
                ,一级事项,二级事项,,,主动,依申请
                1,社会保险,参保登记（导入测试%1$s）,公开事项信息形成或变更之日起20个工作日内公开,哈密市医疗保障局,√,
                2,社会保险,待遇核定（导入测试%1$s）,20个工作日,哈密市医疗保障局,,
                """.formatted(WorkbenchFixture.RUN), StandardCharsets.UTF_8);
        importFile(catalog);
        assertThat(text(By.id("import-summary"))).contains("新增 1 项").contains("1 行无法读取");
        assertThat(text(By.id("import-failures"))).contains("4").contains("公开方式");
        browser.screenshot("10-import-preview");
        browser.submit(browser.driver.findElement(By.id("confirm-import")));
        assertThat(text(By.id("import-done"))).contains("已发送 1 个事件");

        Files.writeString(catalog, """
                序号,公开事项,,公开时限,公开主体,公开方式,
                ,一级事项,二级事项,,,主动,依申请
                1,社会保险,参保登记（导入测试%1$s）,10个工作日,哈密市医疗保障局,√,
                """.formatted(WorkbenchFixture.RUN), StandardCharsets.UTF_8);
        await().atMost(PATIENCE).untilAsserted(() -> {
            importFile(catalog);
            assertThat(text(By.id("import-summary"))).contains("变更 1 项");
        });
        assertThat(text(By.id("import-items"))).contains("公开时限");
        browser.screenshot("11-import-changed");
    }

    @Test
    @Order(11)
    void theEnglishSwitchTranslatesThePages() throws IOException {
        signInAs("hami", "hami-local");
        open("/?lang=en");
        assertThat(text(By.tagName("h1"))).isEqualTo("Overview");
        open("/worklist");
        assertThat(text(By.tagName("h1"))).isEqualTo("Worklists");
        browser.screenshot("12-overview-english");
        open("/?lang=zh-CN");
        assertThat(text(By.tagName("h1"))).isEqualTo("总览");
    }

    @Test
    @Order(12)
    void anOfficerReadsAnUnreadableTimeLimitAsCalendarDaysFromTheItemPage() throws IOException {
        ApiClient deadline = new ApiClient(settings.deadlinePort());
        String itemId = "hami-650500-wb" + WorkbenchFixture.RUN + "-reading";
        WorkbenchFixture.sendCreated(deadline, itemId, "年度评审结果公示（测试" + WorkbenchFixture.RUN + "）",
                "每年组织一次评审", "2025-09-24T10:30:00+08:00");
        await().atMost(PATIENCE).until(() -> deadline.get("/api/items/" + itemId, HAMI).json().get("obligations")
                .size() == 1);
        signInAs("hami", "hami-local");
        open("/items/" + itemId);
        // text the parser refused opens the form by itself
        assertThat(browser.driver.findElement(By.cssSelector("#reading details")).getAttribute("open")).isNotNull();
        new Select(browser.driver.findElement(By.id("r-kind")))
                .selectByValue("CALENDAR_DAYS");
        browser.driver.findElement(By.id("r-days")).sendKeys("三十");
        browser.submit(browser.driver.findElement(By.cssSelector(".reading-form button[type=submit]")));
        assertThat(text(By.cssSelector("#reading .message.error"))).isEqualTo("天数须为整数。");
        browser.screenshot("21-item-reading-form");
        // what the officer entered is kept for the correction
        assertThat(new Select(browser.driver.findElement(By.id("r-kind"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("CALENDAR_DAYS");
        WebElement days = browser.driver.findElement(By.id("r-days"));
        assertThat(days.getAttribute("value")).isEqualTo("三十");

        days.clear();
        days.sendKeys("30");
        browser.submit(browser.driver.findElement(By.cssSelector(".reading-form button[type=submit]")));

        assertThat(text(By.id("reading-done"))).contains("已按“日历日”认定并重新计算")
                .contains("v1：重新计算，截止日期 2025年10月24日").contains("原 2025年10月28日");
        assertThat(text(By.id("limit-kind"))).isEqualTo("时限类型：日历日");
        assertThat(text(By.id("count-rule"))).contains("第 30 日（日历日");
        assertThat(text(By.id("timeline"))).contains("时限认定：hami 改读为 30日（日历日）");
        browser.screenshot("22-item-time-limit-read");

        // the form at a phone's width: nothing scrolls sideways
        browser.phone();
        try {
            open("/items/" + itemId);
            browser.driver.findElement(By.cssSelector("#reading summary")).click();
            assertThat(browser.scrollsSideways()).isFalse();
            ((JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('reading').scrollIntoView()");
            browser.screenshot("23-phone-item-reading");
        } finally {
            browser.desktop();
        }
    }

    private void importFile(Path catalog) {
        open("/import");
        browser.driver.findElement(By.id("file")).sendKeys(catalog.toAbsolutePath().toString());
        WebElement region = browser.driver.findElement(By.id("region"));
        region.clear();
        region.sendKeys("650500");
        browser.submit(browser.driver.findElement(By.id("preview-import")));
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(switch (cell.getCellType()) {
            case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : Long.toString((long) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }));
        return cells;
    }

    private long alertsOf(String itemId) {
        return alerting.get("/api/alerts?itemId=" + itemId, ADMIN).json().get("totalElements").asLong();
    }
}
