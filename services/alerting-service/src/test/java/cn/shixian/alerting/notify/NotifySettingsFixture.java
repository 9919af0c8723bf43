package cn.shixian.alerting.notify;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Settings bound the way Boot binds them, for unit tests. */
final class NotifySettingsFixture {

    private NotifySettingsFixture() {
    }

    static NotifySettings defaults() {
        return bind(Map.of());
    }

    static NotifySettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("shixian.notify", NotifySettings.class);
    }
}
