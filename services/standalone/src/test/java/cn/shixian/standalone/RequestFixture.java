package cn.shixian.standalone;

import cn.shixian.testsupport.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The requests for information (依申请公开) the request pages' browser test finds, sent as raw
 * CloudEvents over the deadline-service's {@code POST /api/events} as the INGEST user. In Hami (650500):
 * <ul>
 *   <li>{@link #CORRECTED_EXTENDED}: received 2025-09-26, correction asked 09-30, corrected 10-15 (the
 *       period restarts), a third party consulted 10-20 to 10-24 (4 working days not counted), extended
 *       by 10 on 11-10: due 2025-12-02 (20 + 4 + 10 = 34 working days after 10-15); answered 12-04, 2
 *       working days late, 予以公开;</li>
 *   <li>{@link #LATE_CORRECTION}: a business's, correction asked 9 working days after receipt (art. 30
 *       wants 7), answered withholding for a third party's rights;</li>
 *   <li>{@link #CARRIED}: received 2024-12-20, answered 2025-01-10 (二、上年结转);</li>
 *   <li>{@link #STILL_OPEN}: a law firm's of 2025-12-22, never answered (四、结转下年度);</li>
 *   <li>{@link #WITHDRAWN}: withdrawn two days after receipt.</li>
 * </ul>
 * and {@link #ZHANGGONG} in 360702. The 2025 table of 650500: 一 4 (自然人 2, 商业企业 1, 法律服务机构 1),
 * 二 1, 三（七） 4, 四 1, so 4 + 1 = 4 + 1.
 */
final class RequestFixture {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String CORRECTED_EXTENDED = "hami-ysq-" + RUN + "-0042";
    static final String LATE_CORRECTION = "hami-ysq-" + RUN + "-0017";
    static final String CARRIED = "hami-ysq-" + RUN + "-0001";
    static final String STILL_OPEN = "hami-ysq-" + RUN + "-0099";
    static final String WITHDRAWN = "hami-ysq-" + RUN + "-0050";
    static final String ZHANGGONG = "zhanggong-ysq-" + RUN + "-0007";
    static final String SUBJECT = "申请公开2024年度哈密市城乡居民基本养老保险基金收支情况";
    static final String ITEM = "hami-650500-shbx-001";
    static final String HAMI_BODY = "哈密市人力资源和社会保障局";

    private RequestFixture() {
    }

    static void send(ApiClient deadline) {
        List<String> events = new ArrayList<>();
        events.add(received(CORRECTED_EXTENDED, "2025-09-26", "650500", HAMI_BODY, "NATURAL_PERSON", SUBJECT, ITEM));
        events.add(event("correction-requested", CORRECTED_EXTENDED, "2025-09-30",
                ",\"reason\":\"申请内容未写明所需信息的年度和险种，请补正\""));
        events.add(event("corrected", CORRECTED_EXTENDED, "2025-10-15", ""));
        events.add(event("consultation-started", CORRECTED_EXTENDED, "2025-10-20",
                ",\"party\":\"哈密市某养老服务有限公司\",\"partyKind\":\"THIRD_PARTY\""));
        events.add(event("consultation-ended", CORRECTED_EXTENDED, "2025-10-24", ""));
        events.add(event("extended", CORRECTED_EXTENDED, "2025-11-10",
                ",\"workingDays\":10,\"approvedBy\":\"哈密市人力资源和社会保障局政务公开办公室主任\","
                        + "\"reason\":\"所需信息涉及多个科室，需汇总核对\""));
        events.add(answered(CORRECTED_EXTENDED, "2025-12-04", "DISCLOSED"));

        events.add(received(LATE_CORRECTION, "2025-03-03", "650500", HAMI_BODY, "COMMERCIAL",
                "申请公开2024年度哈密市工伤保险基金支出明细", null));
        events.add(event("correction-requested", LATE_CORRECTION, "2025-03-14", ",\"reason\":\"所需信息的名称不明确\""));
        events.add(event("corrected", LATE_CORRECTION, "2025-03-20", ""));
        events.add(answered(LATE_CORRECTION, "2025-04-10", "WITHHELD_THIRD_PARTY_RIGHTS"));

        events.add(received(CARRIED, "2024-12-20", "650500", HAMI_BODY, "NATURAL_PERSON",
                "申请公开哈密市2024年失业保险金发放标准", null));
        events.add(answered(CARRIED, "2025-01-10", "DISCLOSED"));

        events.add(received(STILL_OPEN, "2025-12-22", "650500", HAMI_BODY, "LEGAL_SERVICE",
                "申请公开哈密市2025年社会保险稽核通报", null));

        events.add(received(WITHDRAWN, "2025-05-06", "650500", HAMI_BODY, "NATURAL_PERSON",
                "申请公开哈密市养老服务机构名单", null));
        events.add(event("withdrawn", WITHDRAWN, "2025-05-08", ""));

        events.add(received(ZHANGGONG, "2025-09-26", "360702", "章贡区人力资源和社会保障局", "COMMERCIAL",
                "申请公开章贡区2024年度就业补助资金使用情况", null));
        ApiClient.Response response = deadline.post("/api/events", "application/cloudevents-batch+json",
                "[" + String.join(",", events) + "]", new ApiClient.User("ingest", "ingest-local"));
        if (response.status() != 202) {
            throw new IllegalStateException("the request fixture was refused: " + response.body());
        }
    }

    private static String at(String day) {
        return day + "T10:00:00+08:00";
    }

    private static String received(String id, String day, String region, String body, String applicant,
                                   String subject, String itemId) {
        return envelope("received", id, day, """
                {"requestId":"%s","region":"%s","responsibleBody":"%s","receivedAt":"%s","channel":"ONLINE",\
                "applicantType":"%s","subject":"%s"%s}""".formatted(id, region, body, at(day), applicant, subject,
                itemId == null ? "" : ",\"itemId\":\"" + itemId + "\""));
    }

    private static String answered(String id, String day, String outcome) {
        return envelope("answered", id, day, """
                {"requestId":"%s","answeredAt":"%s","outcome":"%s"}""".formatted(id, at(day), outcome));
    }

    private static String event(String type, String id, String day, String more) {
        return envelope(type, id, day, "{\"requestId\":\"%s\",\"at\":\"%s\"%s}".formatted(id, at(day), more));
    }

    private static String envelope(String type, String id, String day, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:shixian:workbench-test","type":"disclosure.request.%s",\
                "subject":"%s","time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(UUID.randomUUID(), type, id, at(day), data);
    }
}
