package cn.shixian.workbench.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The item page reads a service guide's 办理时限 from the deadline-service's timeline, and none from an older one. */
class TimelineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsTheProcessingLimitOfAServiceGuide() {
        Timeline timeline = JSON.readValue("""
                {"itemId":"650000-x","item":{"itemId":"650000-x","latestVersion":1,"region":"650000",
                 "responsibleBody":"自治区人社厅","title":"机关事业单位社会保险登记","category":["社会保险"],
                 "timeLimitText":null,"processingLimit":"材料齐全的情况下，即时办结","mode":"ACTIVE"}}""", Timeline.class);

        assertThat(timeline.item().processingLimit()).isEqualTo("材料齐全的情况下，即时办结");
    }

    @Test
    void anItemWithoutOneShowsNone() {
        Timeline timeline = JSON.readValue("""
                {"itemId":"650500-x","item":{"itemId":"650500-x","latestVersion":1,"region":"650500",
                 "responsibleBody":"哈密市人社局","title":"机构职能","mode":"ACTIVE"}}""", Timeline.class);

        assertThat(timeline.item().processingLimit()).isNull();
    }
}
