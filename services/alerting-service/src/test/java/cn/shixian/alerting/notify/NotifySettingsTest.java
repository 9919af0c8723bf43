package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/** Binding of {@code shixian.notify}: the defaults file, routes and channels, and what is refused. */
class NotifySettingsTest {

    @Test
    void theDefaultsFileSaysWhatTheCodeDefaultsTo() throws Exception {
        var sources = new YamlPropertySourceLoader().load("notify", new ClassPathResource("alerting-notify-defaults.yml"));
        NotifySettings fromFile = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("shixian.notify", NotifySettings.class);

        assertThat(fromFile).isEqualTo(NotifySettingsFixture.defaults());
        assertThat(fromFile.channels()).isEmpty();
        assertThat(fromFile.routes()).isEmpty();
    }

    @Test
    void bindsRoutesAndChannels() {
        NotifySettings settings = NotifySettingsFixture.bind(Map.of(
                "shixian.notify.routes[0].region-prefix", "65",
                "shixian.notify.routes[0].responsible-body", "哈密市人力资源和社会保障局",
                "shixian.notify.routes[0].channels[0]", "hami-mail",
                "shixian.notify.channels.hami-mail.type", "email",
                "shixian.notify.channels.hami-mail.to[0]", "gongkai@hami.example",
                "shixian.notify.channels.ops.type", "wecom",
                "shixian.notify.channels.ops.url", "http://127.0.0.1:1/robot",
                "shixian.notify.channels.ops.always-on", "true"));

        assertThat(settings.routes().getFirst().matches("650502", "哈密市人力资源和社会保障局")).isTrue();
        assertThat(settings.routes().getFirst().matches("650502", "哈密市财政局")).isFalse();
        assertThat(settings.routes().getFirst().matches("360702", "哈密市人力资源和社会保障局")).isFalse();
        assertThat(settings.channels().get("hami-mail").recipients("hami-mail")).containsExactly("gongkai@hami.example");
        assertThat(settings.channels().get("ops").recipients("ops")).containsExactly("ops");
        assertThat(settings.channels().get("ops").alwaysOn()).isTrue();
    }

    @Test
    void refusesARouteToAnUnknownChannel() {
        assertThatThrownBy(() -> NotifySettingsFixture.bind(Map.of(
                "shixian.notify.routes[0].region-prefix", "65",
                "shixian.notify.routes[0].channels[0]", "nowhere")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("'nowhere'");
    }

    @Test
    void refusesARobotWithoutUrl() {
        assertThatThrownBy(() -> NotifySettingsFixture.bind(Map.of("shixian.notify.channels.robot.type", "dingtalk")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("needs shixian.notify.channels.*.url");
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        NotifySettings.Backoff backoff = NotifySettingsFixture.defaults().backoff();
        assertThat(List.of(backoff.after(1), backoff.after(2), backoff.after(3), backoff.after(8), backoff.after(40)))
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
                        Duration.ofHours(1), Duration.ofHours(1));
    }
}
