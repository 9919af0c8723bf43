package cn.shixian.workcalendar.notice;

import cn.shixian.workcalendar.RegionCode;
import java.util.Arrays;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A read notice as the JSON the calendar loads (module README, "Data"): the State Council's in
 * holiday-cn's per-year format ({@code year}, {@code papers}, {@code days} of {@code name},
 * {@code date}, {@code isOffDay}), a regional one in the regional format of
 * {@link RegionalNoticeJson}.
 */
public final class NoticeJson {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private NoticeJson() {
    }

    /**
     * @param source     the notice's address(es), separated by blanks; holiday-cn's {@code papers}
     * @param confidence for a regional notice, e.g. {@code official}; a national one has none
     */
    public static ObjectNode of(ReadNotice notice, String source, String confidence) {
        if (!notice.region().equals(RegionCode.NATIONAL)) {
            return RegionalNoticeJson.of(notice, source, confidence);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("year", notice.year());
        ArrayNode papers = root.putArray("papers");
        Arrays.stream(source == null ? new String[0] : source.trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).forEach(papers::add);
        ArrayNode days = root.putArray("days");
        for (ReadDay day : notice.days()) {
            days.addObject().put("name", day.name()).put("date", day.date().toString())
                    .put("isOffDay", day.change().offDay());
        }
        return root;
    }

    /** {@link #of} as indented text, as the CLI prints it. */
    public static String text(ReadNotice notice, String source, String confidence) {
        return JSON.writeValueAsString(of(notice, source, confidence));
    }
}
