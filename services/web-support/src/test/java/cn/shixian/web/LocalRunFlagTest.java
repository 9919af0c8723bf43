package cn.shixian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.web.sample.SampleApplication;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service with the local {@code {noop}} users starts only in a local run
 * ({@code shixian.security.local=true}); with {@code {bcrypt}} users it needs no flag. The build sets
 * the flag for every test JVM, so each case here says it on the command line, which outranks that.
 */
class LocalRunFlagTest {

    private static final String NOOP_ADMIN = "--shixian.security.users[0].password={noop}admin-local";
    /** bcrypt of "officer-test". */
    private static final String BCRYPT_ADMIN =
            "--shixian.security.users[0].password={bcrypt}$2a$10$.oP/GVKpjAVK7Apf8kzgNe/maca5YXo8kvSxnYShDR6euOWYUeFH.";

    @Test
    void plainTextUsersWithoutTheFlagStopTheStartAndSayWhatToDo() {
        assertThatThrownBy(() -> start(NOOP_ADMIN, "--shixian.security.local=false").close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Refusing to start: shixian.security.users [admin] have plain-text {noop} passwords")
                .hasMessageContaining("{bcrypt}")
                .hasMessageContaining("set shixian.security.local=true")
                .hasMessageNotContaining("admin-local");
    }

    @Test
    void plainTextUsersStartInALocalRun() throws Exception {
        try (ConfigurableApplicationContext service = start(NOOP_ADMIN, "--shixian.security.local=true")) {
            assertThat(service).asInstanceOf(InstanceOfAssertFactories.type(WebServerApplicationContext.class))
                    .extracting(context -> context.getWebServer().getPort()).isNotEqualTo(0);
        }
    }

    @Test
    void hashedUsersNeedNoFlag() throws Exception {
        try (ConfigurableApplicationContext service = start(BCRYPT_ADMIN, "--shixian.security.local=false")) {
            assertThat(service.isRunning()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String password, String localFlag) {
        return new SpringApplicationBuilder(SampleApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--shixian.security.users[0].name=admin", password, "--shixian.security.users[0].roles=ADMIN",
                localFlag);
    }
}
