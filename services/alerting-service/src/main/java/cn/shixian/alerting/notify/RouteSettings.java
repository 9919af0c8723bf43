package cn.shixian.alerting.notify;

import java.util.List;

/**
 * Which channels hear about the alerts of a region and, optionally, one responsible body (公开主体).
 * Every matching route adds its channels; a channel named by several routes is notified once.
 *
 * @param regionPrefix    GB/T 2260 prefix, e.g. {@code 65} (新疆) or {@code 650500} (哈密市); empty matches all
 * @param responsibleBody exact name of the body; absent matches every body of the region
 */
record RouteSettings(String regionPrefix, String responsibleBody, List<String> channels) {

    RouteSettings {
        regionPrefix = regionPrefix == null ? "" : regionPrefix.strip();
        if (!regionPrefix.matches("[0-9]*")) {
            throw new IllegalArgumentException("shixian.notify.routes[].region-prefix must be digits of a GB/T 2260 code, was '"
                    + regionPrefix + "'");
        }
        responsibleBody = responsibleBody == null || responsibleBody.isBlank() ? null : responsibleBody.strip();
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    boolean matches(String region, String body) {
        return region.startsWith(regionPrefix) && (responsibleBody == null || responsibleBody.equals(body));
    }
}
