package cn.shixian.importer.row;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathFillDownTest {

    private final PathFillDown fill = new PathFillDown();

    @Test
    void blankLevelsBeforeTheFirstNamedOneComeFromTheRowAbove() {
        assertThat(names(List.of("社会保险登记", "参保登记", "机关事业单位参保登记")))
                .containsExactly("社会保险登记", "参保登记", "机关事业单位参保登记");
        assertThat(names(List.of("", "", "企业参保登记")))
                .containsExactly("社会保险登记", "参保登记", "企业参保登记");
        assertThat(names(List.of("", "注销登记", "企业注销登记")))
                .containsExactly("社会保险登记", "注销登记", "企业注销登记");
    }

    @Test
    void aNewLevelStartsANewBranchWhoseLowerLevelsStayBlank() {
        names(List.of("社会保险登记", "参保登记", "机关事业单位参保登记"));
        assertThat(names(List.of("", "职工参保登记", ""))).containsExactly("社会保险登记", "职工参保登记");
        assertThat(names(List.of("缴费申报", "", ""))).containsExactly("缴费申报");
        assertThat(names(List.of("", "", "缴费人员增减申报"))).containsExactly("缴费申报", "缴费人员增减申报");
    }

    @Test
    void aNameMergedAcrossTwoLevelsIsOneLevel() {
        assertThat(names(List.of("企业年金方案备案", "企业年金方案备案", ""))).containsExactly("企业年金方案备案");
    }

    @Test
    void aRowNamingNoLevelContinuesTheItemAboveWithItsWholePath() {
        fill.fill(List.of("政策信息和政务公开", "规范性文件", ""));

        PathFillDown.FilledPath again = fill.fill(List.of("", "", ""));

        assertThat(again.names()).containsExactly("政策信息和政务公开", "规范性文件");
        assertThat(again.sameItem()).isTrue();
        assertThat(again.sameGroup()).isTrue();
        assertThat(again.fromAbove()).containsExactly(0, 1);
    }

    @Test
    void theLevelsFilledFromAboveAndWhetherTheRowStaysInTheSameGroupAreKnown() {
        fill.fill(List.of("社会保险登记", "参保登记", "机关事业单位参保登记"));

        PathFillDown.FilledPath below = fill.fill(List.of("", "", "企业参保登记"));
        PathFillDown.FilledPath writtenOut = fill.fill(List.of("社会保险登记", "注销登记", ""));
        PathFillDown.FilledPath newGroup = fill.fill(List.of("缴费申报", "缴费人员增减申报", ""));

        assertThat(below.fromAbove()).containsExactly(0, 1);
        assertThat(below.sameGroup()).isTrue();
        assertThat(below.sameItem()).isFalse();
        assertThat(writtenOut.fromAbove()).isEmpty();
        assertThat(writtenOut.sameGroup()).as("the same 一级事项 written out again").isTrue();
        assertThat(newGroup.sameGroup()).isFalse();
    }

    @Test
    void aHeadingIsTheFirstLevelOfTheRowsUnderIt() {
        fill.fill(List.of("社会保险登记", "参保登记", ""));
        fill.heading("社会保险参保缴费记录查询", 3);

        PathFillDown.FilledPath under = fill.fill(List.of("", "个人权益记录查询打印", ""));

        assertThat(under.names()).containsExactly("社会保险参保缴费记录查询", "个人权益记录查询打印");
        assertThat(under.fromAbove()).containsExactly(0);
    }

    @Test
    void theFirstRowHasNothingAboveIt() {
        assertThat(names(List.of("", "职工参保登记", ""))).containsExactly("职工参保登记");
        assertThat(new PathFillDown().fill(List.of("", "", "")).names()).isEmpty();
    }

    private List<String> names(List<String> levels) {
        return fill.fill(levels).names();
    }
}
