package cn.shixian.workbench.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.DisclosureMode;
import cn.shixian.contracts.ItemCreated;
import cn.shixian.contracts.TimeLimit;
import cn.shixian.workbench.services.CatalogItem;
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
                "ACTIVE", "公开事项信息形成或变更之日起20个工作日内公开", false, null);
        Change change = Change.of(ROW, known);
        assertThat(change.kind()).isEqualTo(Change.Kind.CHANGED);
        assertThat(change.changed()).containsExactly("timeLimit");
        assertThat(change.nextVersion()).isEqualTo(4);
    }

    @Test
    void theSameRowAgainChangesNothing() {
        CatalogItem known = new CatalogItem("hami-650500-x", 1, "650500", "哈密市医疗保障局", "参保登记", List.of("社会保险"),
                "ACTIVE", "10个工作日", false, null);
        assertThat(Change.of(ROW, known).kind()).isEqualTo(Change.Kind.UNCHANGED);
    }
}
