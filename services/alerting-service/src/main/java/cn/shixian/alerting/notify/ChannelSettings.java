package cn.shixian.alerting.notify;

import java.net.URI;
import java.util.List;

/**
 * One notification channel.
 *
 * @param type     how messages are sent
 * @param to       e-mail addresses (type email); each is a recipient of its own
 * @param url      webhook or robot URL (other types); a robot's URL carries its access token, so it is never stored
 * @param secret   DingTalk robot signing secret (加签), optional
 * @param alwaysOn 24/7: immediate alerts are sent at once, also at night and on holidays
 */
record ChannelSettings(ChannelType type, List<String> to, URI url, String secret, boolean alwaysOn) {

    ChannelSettings {
        if (type == null) {
            throw new IllegalArgumentException("shixian.notify.channels.*.type is required: email, webhook, dingtalk or wecom");
        }
        to = to == null ? List.of() : List.copyOf(to);
        if (type == ChannelType.EMAIL && to.isEmpty()) {
            throw new IllegalArgumentException("an email channel needs shixian.notify.channels.*.to");
        }
        if (type != ChannelType.EMAIL && url == null) {
            throw new IllegalArgumentException("a " + type.tag() + " channel needs shixian.notify.channels.*.url");
        }
    }

    /** Who receives: each address of an e-mail channel; the channel itself (its one group or endpoint) otherwise. */
    List<String> recipients(String channelName) {
        return type == ChannelType.EMAIL ? to : List.of(channelName);
    }
}
