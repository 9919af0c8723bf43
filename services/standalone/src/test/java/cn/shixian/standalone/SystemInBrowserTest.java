package cn.shixian.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Base of the browser tests: the whole system of {@code ./shixian up} (without the demo) on free
 * ports and a fresh data directory, the test's events sent by {@link #prepare()}, then headless
 * Chromium ({@link WorkbenchBrowser}) at desktop width before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SystemInBrowserTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    Path dataDir;
    LocalSettings settings;
    LocalSystem system;
    WorkbenchBrowser browser;

    /** Sends the test's events and waits until the services have them; the system is up. */
    abstract void prepare() throws Exception;

    @BeforeAll
    final void startSystem() throws Exception {
        dataDir = Files.createTempDirectory("shixian-" + getClass().getSimpleName());
        settings = new LocalSettings(dataDir, freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), false,
                Durability.NO_FSYNC);  // a test, not the product: no OS crash to survive here
        system = LocalSystem.start(settings);
        prepare();
        browser = new WorkbenchBrowser();
    }

    @AfterAll
    final void stopSystem() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @BeforeEach
    final void desktop() {
        browser.desktop();
    }

    void open(String path) {
        browser.driver.get("http://127.0.0.1:" + settings.workbenchPort() + path);
    }

    String text(By by) {
        return browser.driver.findElement(by).getText().strip();
    }

    /** Signs in on a fresh session and checks it worked. */
    void signInAs(String user, String password) {
        browser.driver.manage().deleteAllCookies();
        open("/login");
        signIn(user, password);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
    }

    /** Fills in and sends the sign-in form of the page open now. */
    void signIn(String user, String password) {
        WebElement name = browser.driver.findElement(By.id("username"));
        name.clear();
        name.sendKeys(user);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.submit(browser.driver.findElement(By.id("sign-in")));
    }

    /** A link of the page fetched with the browser's session, as the browser would download it. */
    HttpResponse<byte[]> download(String url) throws Exception {
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
