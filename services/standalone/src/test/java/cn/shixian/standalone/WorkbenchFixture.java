package cn.shixian.standalone;

import cn.shixian.testsupport.ApiClient;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The items the browser tests find in the workbench, sent over the deadline-service's HTTP door:
 * in Hami (650500) one changed on 2025-09-24 (20 working days across 国庆 2025: due 2025-10-28, long
 * escalated), one due soon, one published on time; in Zhanggong (360702) one overdue. Dates are
 * relative to today where the state depends on it: the services run on real time.
 */
final class WorkbenchFixture {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String HAMI_ESCALATED = "hami-650500-wb" + RUN + "-001";
    static final String HAMI_DUE_SOON = "hami-650500-wb" + RUN + "-002";
    static final String HAMI_MET = "hami-650500-wb" + RUN + "-003";
    static final String ZHANGGONG_OVERDUE = "zhanggong-360702-wb" + RUN + "-001";
    static final String ESCALATED_TITLE = "养老保险待遇领取资格认证（测试" + RUN + "）";

    private WorkbenchFixture() {
    }

    static void send(ApiClient deadline) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        WorkingDayCalendar calendar = WorkingDayCalendar.bundled();
        RegionCode hami = RegionCode.of("650500");
        // due on the next working day but one: at most 3 working days left, so due soon
        LocalDate dueSoon = calendar.due(today, 2, hami).date();
        LocalDate dueSoonStart = calendar.nthWorkingDayBack(dueSoon, 21, hami).date();
        List<String> events = List.of(
                created(HAMI_ESCALATED, "650500", ESCALATED_TITLE, "哈密市人力资源和社会保障局",
                        "[\"社会保险\",\"养老保险\",\"待遇领取资格认证\"]", "2025-09-24T10:30:00+08:00"),
                created(HAMI_DUE_SOON, "650500", "失业保险金申领（测试" + RUN + "）", "哈密市人力资源和社会保障局",
                        "[\"社会保险\",\"失业保险\"]", dueSoonStart + "T09:00:00+08:00"),
                created(HAMI_MET, "650500", "工伤认定（测试" + RUN + "）", "哈密市人力资源和社会保障局",
                        "[\"社会保险\",\"工伤保险\"]", "2025-03-03T09:00:00+08:00"),
                published(HAMI_MET, "2025-03-10T10:00:00+08:00"),
                created(ZHANGGONG_OVERDUE, "360702", "城乡居民养老保险参保登记（测试" + RUN + "）", "章贡区人力资源和社会保障局",
                        "[\"社会保险\",\"养老保险\"]", "2025-06-02T09:00:00+08:00"));
        ApiClient.Response response = deadline.post("/api/events", "application/cloudevents-batch+json",
                "[" + String.join(",", events) + "]", new ApiClient.User("ingest", "ingest-local"));
        if (response.status() != 202) {
            throw new IllegalStateException("the fixture was refused: " + response.body());
        }
    }

    /** One more Hami item, created with this 公开时限 text. */
    static void sendCreated(ApiClient deadline, String itemId, String title, String timeLimitText, String changedAt) {
        String event = created(itemId, "650500", title, "哈密市人力资源和社会保障局", "[\"社会保险\"]", changedAt)
                .replace("公开事项信息形成或变更之日起20个工作日内公开", timeLimitText);
        ApiClient.Response response = deadline.post("/api/events", "application/cloudevents+json", event,
                new ApiClient.User("ingest", "ingest-local"));
        if (response.status() != 202) {
            throw new IllegalStateException("the item was refused: " + response.body());
        }
    }

    private static String created(String itemId, String region, String title, String body, String category,
                                  String changedAt) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:shixian:workbench-test","type":"disclosure.item.created",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"itemId":"%s","version":1,"region":"%s","title":"%s","category":%s,"responsibleBody":"%s",
                         "mode":"ACTIVE","timeLimit":{"text":"公开事项信息形成或变更之日起20个工作日内公开"},
                         "channels":["政府网站"],"changedAt":"%s"}}"""
                .formatted(UUID.randomUUID(), itemId, changedAt, itemId, region, title, category, body, changedAt);
    }

    private static String published(String itemId, String publishedAt) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:shixian:workbench-test","type":"disclosure.item.published",
                 "subject":"%s","time":"%s","datacontenttype":"application/json",
                 "data":{"itemId":"%s","version":1,"publishedAt":"%s","channel":"政府网站"}}"""
                .formatted(UUID.randomUUID(), itemId, publishedAt, itemId, publishedAt);
    }
}
