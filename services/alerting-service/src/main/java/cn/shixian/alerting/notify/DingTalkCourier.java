package cn.shixian.alerting.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A DingTalk group robot (钉钉群机器人): {@code {"msgtype":"markdown","markdown":{"title","text"}}},
 * signed (加签) when the channel has a secret: {@code timestamp} and {@code sign} =
 * Base64(HmacSHA256(secret, timestamp + "\n" + secret)) appended to the URL.
 */
@Component
class DingTalkCourier implements Courier {

    // DingTalk rejects bodies over 20,000 bytes; the rest is cut with a note
    private static final int MAX_TEXT_BYTES = 18_000;

    private final HttpPoster http;
    private final Clock clock;

    DingTalkCourier(HttpPoster http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public ChannelType type() {
        return ChannelType.DINGTALK;
    }

    @Override
    public void send(ChannelSettings channel, String recipient, Outgoing message)
            throws DeliveryFailure, InterruptedException {
        ObjectNode payload = JsonMapper.shared().createObjectNode().put("msgtype", "markdown");
        payload.putObject("markdown").put("title", message.subject())
                .put("text", Utf8.truncate(message.markdown(), MAX_TEXT_BYTES));
        String reply = http.post(signed(channel), "application/json; charset=UTF-8",
                JsonMapper.shared().writeValueAsBytes(payload));
        RobotReply.requireOk("DingTalk robot", reply);
    }

    private URI signed(ChannelSettings channel) {
        if (channel.secret() == null || channel.secret().isBlank()) {
            return channel.url();
        }
        // DingTalk accepts a timestamp within an hour of its own clock
        long timestamp = clock.millis();
        String sign = URLEncoder.encode(sign(timestamp, channel.secret()), StandardCharsets.UTF_8);
        String url = channel.url().toString();
        return URI.create(url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign);
    }

    static String sign(long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
