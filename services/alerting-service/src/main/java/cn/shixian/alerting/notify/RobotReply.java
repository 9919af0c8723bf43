package cn.shixian.alerting.notify;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * DingTalk and WeCom group robots answer HTTP 200 also when they refuse a message (bad keyword,
 * bad signature, rate limit): only {@code "errcode": 0} in the body means it was posted.
 */
final class RobotReply {

    private RobotReply() {
    }

    static void requireOk(String robot, String body) throws DeliveryFailure {
        JsonNode reply;
        try {
            reply = JsonMapper.shared().readTree(body);
        } catch (RuntimeException e) {
            throw new DeliveryFailure(robot + " answered something that is not JSON: " + abbreviate(body));
        }
        JsonNode code = reply.get("errcode");
        if (code == null || !code.isIntegralNumber()) {
            throw new DeliveryFailure(robot + " answered without an errcode: " + abbreviate(body));
        }
        if (code.asInt() != 0) {
            JsonNode message = reply.get("errmsg");
            throw new DeliveryFailure(robot + " refused the message: errcode " + code.asInt()
                    + (message == null ? "" : ", errmsg " + message.asString()));
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
