package cn.shixian.workbench;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the workbench finds the services and how it treats sign-ins ({@code shixian.workbench}).
 *
 * @param deadlineUrl     the deadline-service's base URL
 * @param alertingUrl     the alerting-service's base URL
 * @param account         the workbench's own API account (role WORKBENCH): it calls the APIs for the
 *                        signed-in officer, naming them in {@code X-Shixian-Acting-User}
 * @param timeout         connect and read timeout of an API call
 * @param zone            the zone days and times are shown in
 * @param zones           per GB/T 2260 prefix, another zone (longest prefix wins); China keeps one
 *                        official time, so this is empty unless a deployment wants local solar time
 * @param login           sign-in throttling
 * @param overviewMaxAge  how long the overview's counts and trend are kept per officer and filter
 */
@ConfigurationProperties("shixian.workbench")
public record WorkbenchSettings(@DefaultValue("http://127.0.0.1:8081") URI deadlineUrl,
                                @DefaultValue("http://127.0.0.1:8082") URI alertingUrl,
                                @DefaultValue Account account,
                                @DefaultValue("10s") Duration timeout,
                                @DefaultValue("Asia/Shanghai") ZoneId zone,
                                Map<String, ZoneId> zones,
                                @DefaultValue Login login,
                                @DefaultValue("15s") Duration overviewMaxAge) {

    public WorkbenchSettings {
        zones = zones == null ? Map.of() : Map.copyOf(zones);
    }

    /** The zone of a region: the longest matching prefix in {@code zones}, else {@code zone}. */
    public ZoneId zoneOf(String region) {
        ZoneId best = zone;
        int length = -1;
        for (Map.Entry<String, ZoneId> entry : zones.entrySet()) {
            if (region != null && region.startsWith(entry.getKey()) && entry.getKey().length() > length) {
                best = entry.getValue();
                length = entry.getKey().length();
            }
        }
        return best;
    }

    /**
     * @param name     a configured user with role WORKBENCH
     * @param password in plain text: the services check it against their (hashed) user list
     */
    public record Account(@DefaultValue("workbench") String name, @DefaultValue("workbench-local") String password) {

        @Override
        public String toString() {
            return "Account[name=" + name + ", password=<hidden>]";
        }
    }

    /**
     * @param maxFailures failed sign-ins of one user name in a row before it is locked
     * @param lockFor     how long a locked name stays locked
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration lockFor) {
    }
}
