package cn.shixian.workbench.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.ItemRevision;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.workbench.services.CatalogItem;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static final ItemCreated ROW = new ItemCreated("hami-650500-x", 1, "650500", "参保登记", List.of("社会保险"),
            "哈密市医疗保障局", DisclosureMode.ACTIVE, new TimeLimit("10个工作日", 10), List.of("政府网站"),
            OffsetDateTime.parse("2026-12-01T09:00:00+08:00"));

    @Test
    void aRowNobodyKnowsIsNewAtVersionOne() {
        Change change = Change.of(ROW, null);
        assertThat(change.kind()).isEqualTo(Change.Kind.NEW);
        assertThat(change.nextVersion()).isEqualTo(1);
    }

    @Test
    void aChangedTimeLimitIsAChangeToTheNextVersion() {
        CatalogItem known = new CatalogItem("hami-650500-x", 3, "650500", "哈密市医疗保障局", "参保登记", List.of("社会保险"),
                "ACTIVE", "公开事项信息形成或变更之日起20个工作日内公开", null, false, null);
        Change change = Change.of(ROW, known);
        assertThat(change.kind()).isEqualTo(Change.Kind.CHANGED);
        assertThat(change.changed()).containsExactly("timeLimit");
        assertThat(change.nextVersion()).isEqualTo(4);
    }

    @Test
    void aGuidesNewProcessingLimitIsAChangeThatTheChangedEventCarries() {
        ItemCreated guide = new ItemCreated("650000-x", 1, "650000", "机关事业单位社会保险登记", List.of("社会保险"),
                "自治区人社厅", DisclosureMode.ACTIVE, null, "材料齐全的情况下，即时办结", List.of(),
                OffsetDateTime.parse("2026-12-01T09:00:00+08:00"));
        // stored before the 办理时限 had a column of its own: it was taken for the 公开时限
        CatalogItem known = new CatalogItem("650000-x", 1, "650000", "自治区人社厅", "机关事业单位社会保险登记",
                List.of("社会保险"), "ACTIVE", "材料齐全的情况下，即时办结", null, false, null);

        Change change = Change.of(guide, known);

        assertThat(change.changed()).containsExactly("timeLimit", "processingLimit");
        ImportPreview preview = new ImportPreview("p1", "guides.csv", "650000", List.of(change), List.of(), List.of());
        assertThat(preview.events(URI.create("urn:test"), Clock.systemUTC()))
                .singleElement().satisfies(event -> assertThat(((ItemRevision) event.data()).processingLimit())
                        .isEqualTo("材料齐全的情况下，即时办结"));
    }

    @Test
    void theSameRowAgainChangesNothing() {
        CatalogItem known = new CatalogItem("hami-650500-x", 1, "650500", "哈密市医疗保障局", "参保登记", List.of("社会保险"),
                "ACTIVE", "10个工作日", null, false, null);
        assertThat(Change.of(ROW, known).kind()).isEqualTo(Change.Kind.UNCHANGED);
    }
}
