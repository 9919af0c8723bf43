package cn.shixian.alerting.notify;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WeCom group robot (企业微信群机器人): {@code {"msgtype":"markdown","markdown":{"content"}}}.
 * WeCom refuses Markdown over 4,096 UTF-8 bytes (errcode 40058), so a long digest is cut.
 */
@Component
class WeComCourier implements Courier {

    private static final int MAX_CONTENT_BYTES = 4096;

    private final HttpPoster http;

    WeComCourier(HttpPoster http) {
        this.http = http;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WECOM;
    }

    @Override
    public void send(ChannelSettings channel, String recipient, Outgoing message)
            throws DeliveryFailure, InterruptedException {
        ObjectNode payload = JsonMapper.shared().createObjectNode().put("msgtype", "markdown");
        payload.putObject("markdown").put("content", Utf8.truncate(message.markdown(), MAX_CONTENT_BYTES));
        String reply = http.post(channel.url(), "application/json; charset=UTF-8",
                JsonMapper.shared().writeValueAsBytes(payload));
        RobotReply.requireOk("WeCom robot", reply);
    }
}
