package cn.shixian.workcalendar.notice;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A regional notice read from its text as the workcalendar's regional notice JSON
 * ({@code region}, {@code year}, {@code source}, {@code confidence}, {@code days} of {@code date},
 * {@code name}, {@code isOffDay}), which {@code NoticeReader} and {@code PUT /api/calendars} load.
 * A 正常休息 day (a national make-up working day the region keeps as rest) is a day off with
 * {@code cancelsNationalWork: true}, as the regional layers have it ({@code NoticeDay}). The one place
 * that maps a read notice to the regional format: re-point it here when that format changes.
 */
final class RegionalNoticeJson {

    private RegionalNoticeJson() {
    }

    static ObjectNode of(ReadNotice notice, String source, String confidence) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("region", notice.region().code());
        root.put("year", notice.year());
        root.put("source", source == null ? "" : source);
        root.put("confidence", confidence == null || confidence.isBlank() ? "official" : confidence);
        var days = root.putArray("days");
        for (ReadDay day : notice.days()) {
            ObjectNode json = days.addObject().put("date", day.date().toString()).put("name", day.name())
                    .put("isOffDay", day.change().offDay());
            if (day.change() == DayChange.NORMAL_REST) {
                json.put("cancelsNationalWork", true);
            }
        }
        return root;
    }
}
