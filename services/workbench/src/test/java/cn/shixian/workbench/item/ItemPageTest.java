package cn.shixian.workbench.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import cn.shixian.workbench.WorkbenchApplication;
import cn.shixian.workbench.services.AlertingApi;
import cn.shixian.workbench.services.DeadlineApi;
import cn.shixian.workbench.services.Timeline;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The item page as the officer's browser gets it (HTML over HTTP, signed in), with both services'
 * APIs stubbed: a service guide's 办理时限 is shown apart from the publication deadline, and only when
 * the item has one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + WorkbenchApplication.CONFIG_NAME)
class ItemPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    @MockitoBean
    DeadlineApi deadline;
    @MockitoBean
    AlertingApi alerting;
    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeEach
    void signIn() throws Exception {
        Matcher token = CSRF.matcher(get("/login"));
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String csrf = token.group(1) != null ? token.group(1) : token.group(2);
        String form = "username=hami&password=hami-local&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void showsAServiceGuidesProcessingLimitAsNoPublicationDeadline() throws Exception {
        stub("650000-guide", "材料齐全的情况下，即时办结");

        String page = get("/items/650000-guide");

        assertThat(page).contains("id=\"processing-limit\"", "办理时限（服务办理，不是公开期限）", "材料齐全的情况下，即时办结");
    }

    @Test
    void showsNoProcessingLimitForAnItemWithoutOne() throws Exception {
        stub("650500-item", null);

        String page = get("/items/650500-item");

        assertThat(page).contains("机关事业单位社会保险登记").doesNotContain("processing-limit", "办理时限");
    }

    private void stub(String itemId, String processingLimit) {
        when(deadline.timeline(itemId)).thenReturn(new Timeline(itemId, new Timeline.Item(itemId, 1, itemId.substring(0, 6),
                "自治区人社厅", "机关事业单位社会保险登记", "ACTIVE", processingLimit, null, Instant.parse("2025-09-24T02:30:00Z"), null),
                List.of(), List.of(), List.of(), List.of()));
        when(alerting.alertsOf(itemId)).thenReturn(List.of());
        when(alerting.obligationsOf(itemId)).thenReturn(List.of());
    }

    private String get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
