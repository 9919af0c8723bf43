package cn.shixian.alerting.notify;

import cn.shixian.contracts.EventCodec;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What receives notifications in the tests, started once per test JVM on free ports: a real SMTP
 * server (GreenMail) and a real HTTP server (the JDK's) that answers like a DingTalk or WeCom group
 * robot or a webhook, checks each payload as they do, and keeps every request for the test to read.
 * Paths: {@code /dingtalk/...} (a signed one checks the signature made with {@link #DINGTALK_SECRET}),
 * {@code /wecom/...}, {@code /webhook/...} (must be a valid CloudEvent), {@code /dingtalk/refuse}
 * (refuses everything, errcode 310000), {@code /webhook/down} (HTTP 503).
 */
final class TestReceivers {

    static final String DINGTALK_SECRET = "SECtest-secret";

    /** One request as the server received it. */
    record Received(String path, String query, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }
    }

    private static final TestReceivers SHARED = new TestReceivers();

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final HttpServer http;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final EventCodec codec = new EventCodec();

    private TestReceivers() {
        smtp.start();
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/", this::answer);
        http.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            smtp.stop();
        }));
    }

    static TestReceivers get() {
        return SHARED;
    }

    GreenMail smtp() {
        return smtp;
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + pathAndQuery;
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Reply reply = path.startsWith("/dingtalk/") ? dingTalk(path, exchange.getRequestURI().getRawQuery(), body)
                    : path.startsWith("/wecom/") ? weCom(body)
                    : webhook(path, exchange.getRequestHeaders().getFirst("Content-Type"), body);
            byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
            exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private record Reply(int status, String body) {
        static Reply errcode(int code, String message) {
            return new Reply(200, "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}");
        }
    }

    private Reply dingTalk(String path, String query, byte[] body) {
        if (path.equals("/dingtalk/refuse")) {
            return Reply.errcode(310000, "keywords not in content");
        }
        JsonNode json = JsonMapper.shared().readTree(body);
        JsonNode markdown = json.path("markdown");
        if (!"markdown".equals(json.path("msgtype").asString("")) || markdown.path("title").asString("").isBlank()
                || markdown.path("text").asString("").isBlank()) {
            return Reply.errcode(40035, "缺少参数 json");
        }
        if (path.contains("signed") && !signatureMatches(query)) {
            return Reply.errcode(310000, "sign not match");
        }
        return Reply.errcode(0, "ok");
    }

    private static boolean signatureMatches(String query) {
        String timestamp = null;
        String sign = null;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("timestamp")) {
                timestamp = kv[1];
            } else if (kv[0].equals("sign")) {
                sign = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return timestamp != null && sign != null
                && sign.equals(DingTalkCourier.sign(Long.parseLong(timestamp), DINGTALK_SECRET));
    }

    private Reply weCom(byte[] body) {
        JsonNode json = JsonMapper.shared().readTree(body);
        String content = json.path("markdown").path("content").asString("");
        if (!"markdown".equals(json.path("msgtype").asString("")) || content.isBlank()) {
            return Reply.errcode(40008, "invalid message type");
        }
        if (content.getBytes(StandardCharsets.UTF_8).length > 4096) {
            return Reply.errcode(40058, "markdown.content exceed max length 4096");
        }
        return Reply.errcode(0, "ok");
    }

    private Reply webhook(String path, String contentType, byte[] body) {
        if (path.equals("/webhook/down")) {
            return new Reply(503, "");
        }
        if (contentType == null || !contentType.startsWith("application/cloudevents+json")) {
            return new Reply(415, "");
        }
        try {
            codec.decode(body);
            return new Reply(202, "");
        } catch (RuntimeException e) {
            return new Reply(400, "");
        }
    }
}
