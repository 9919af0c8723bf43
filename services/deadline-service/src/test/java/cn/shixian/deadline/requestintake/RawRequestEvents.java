package cn.shixian.deadline.requestintake;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Request events as an upstream system writes them with kcat: the raw CloudEvents JSON, nothing
 * from our own codec, so the tests read what the contract says and not what our records make of it.
 */
public final class RawRequestEvents {

    private RawRequestEvents() {
    }

    public static String at(String day) {
        return day + "T10:00:00+08:00";
    }

    public static String received(String requestId, String day) {
        return received(requestId, day, "650500", "NATURAL_PERSON");
    }

    public static String received(String requestId, String day, String region, String applicantType) {
        return event("disclosure.request.received", requestId, """
                {"requestId":"%s","region":"%s","responsibleBody":"哈密市人力资源和社会保障局","receivedAt":"%s",\
                "channel":"ONLINE","applicantType":"%s","subject":"2025年城乡居民养老保险待遇发放情况"}"""
                .formatted(requestId, region, at(day), applicantType));
    }

    public static String correctionRequested(String requestId, String day) {
        return event("disclosure.request.correction-requested", requestId, """
                {"requestId":"%s","at":"%s","reason":"所需信息的名称不明确"}""".formatted(requestId, at(day)));
    }

    public static String corrected(String requestId, String day) {
        return simple("disclosure.request.corrected", requestId, day);
    }

    public static String consultationStarted(String requestId, String day) {
        return event("disclosure.request.consultation-started", requestId, """
                {"requestId":"%s","at":"%s","party":"哈密市某养老服务有限公司","partyKind":"THIRD_PARTY"}"""
                .formatted(requestId, at(day)));
    }

    public static String consultationEnded(String requestId, String day) {
        return simple("disclosure.request.consultation-ended", requestId, day);
    }

    public static String extended(String requestId, String day, int workingDays) {
        return event("disclosure.request.extended", requestId, """
                {"requestId":"%s","at":"%s","workingDays":%d,"approvedBy":"办公室主任","reason":"需调取档案"}"""
                .formatted(requestId, at(day), workingDays));
    }

    public static String answered(String requestId, String day, String outcome) {
        return event("disclosure.request.answered", requestId, """
                {"requestId":"%s","answeredAt":"%s","outcome":"%s"}""".formatted(requestId, at(day), outcome));
    }

    public static String withdrawn(String requestId, String day) {
        return simple("disclosure.request.withdrawn", requestId, day);
    }

    public static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String simple(String type, String requestId, String day) {
        return event(type, requestId, """
                {"requestId":"%s","at":"%s"}""".formatted(requestId, at(day)));
    }

    private static String event(String type, String requestId, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"https://ysq.hami.gov.cn","type":"%s","subject":"%s",\
                "time":"2025-12-01T09:00:00+08:00","datacontenttype":"application/json","data":%s}"""
                .formatted(UUID.randomUUID(), type, requestId, data);
    }
}
