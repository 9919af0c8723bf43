package cn.shixian.importer.row;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathFillDownTest {

    private final PathFillDown fill = new PathFillDown();

    @Test
    void blankLevelsBeforeTheFirstNamedOneComeFromTheRowAbove() {
        assertThat(fill.fill(List.of("社会保险登记", "参保登记", "机关事业单位参保登记")))
                .containsExactly("社会保险登记", "参保登记", "机关事业单位参保登记");
        assertThat(fill.fill(List.of("", "", "企业参保登记")))
                .containsExactly("社会保险登记", "参保登记", "企业参保登记");
        assertThat(fill.fill(List.of("", "注销登记", "企业注销登记")))
                .containsExactly("社会保险登记", "注销登记", "企业注销登记");
    }

    @Test
    void aNewLevelStartsANewBranchWhoseLowerLevelsStayBlank() {
        fill.fill(List.of("社会保险登记", "参保登记", "机关事业单位参保登记"));
        assertThat(fill.fill(List.of("", "职工参保登记", ""))).containsExactly("社会保险登记", "职工参保登记");
        assertThat(fill.fill(List.of("缴费申报", "", ""))).containsExactly("缴费申报");
        assertThat(fill.fill(List.of("", "", "缴费人员增减申报"))).containsExactly("缴费申报", "缴费人员增减申报");
    }

    @Test
    void aNameMergedAcrossTwoLevelsIsOneLevel() {
        assertThat(fill.fill(List.of("企业年金方案备案", "企业年金方案备案", ""))).containsExactly("企业年金方案备案");
    }

    @Test
    void aRowNamingNoLevelHasNoPathAndChangesNothing() {
        fill.fill(List.of("社会保险登记", "参保登记", ""));
        assertThat(fill.fill(List.of("", "", ""))).isEmpty();
        assertThat(fill.fill(List.of("", "", "企业参保登记"))).containsExactly("社会保险登记", "参保登记", "企业参保登记");
    }

    @Test
    void theFirstRowHasNothingAboveIt() {
        assertThat(fill.fill(List.of("", "职工参保登记", ""))).containsExactly("职工参保登记");
    }
}
