package cn.shixian.alerting.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Which channels hear about a region and responsible body, by {@code shixian.notify.routes}. */
@Component
class Routing {

    private final NotifySettings settings;

    Routing(NotifySettings settings) {
        this.settings = settings;
    }

    /** Channel names in configuration order, each once. */
    Set<String> channelsFor(String region, String responsibleBody) {
        Set<String> names = new LinkedHashSet<>();
        for (RouteSettings route : settings.routes()) {
            if (route.matches(region, responsibleBody)) {
                names.addAll(route.channels());
            }
        }
        return names;
    }

    /** The routes naming {@code channel}: what its daily digest covers. */
    List<RouteSettings> routesOf(String channel) {
        return settings.routes().stream().filter(route -> route.channels().contains(channel)).toList();
    }

    ChannelSettings channel(String name) {
        return settings.channels().get(name);
    }

    Map<String, ChannelSettings> channels() {
        return settings.channels();
    }
}
