package cn.shixian.importer.row;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckMarksTest {

    @ParameterizedTest
    @ValueSource(strings = {"√", " √ ", "✓", "✔", "☑", "■", "●", "是", " 是 ", "■主动", "●主动", "<input checked type=\"checkbox\">",
            "<input type=\"checkbox\" checked>", "<input checked=\"\" type=\"checkbox\"/>", "<INPUT TYPE=CHECKBOX CHECKED/>",
            "<input type=\"checkbox\" checked=\"checked\" />"})
    void checked(String cell) {
        assertThat(CheckMarks.isChecked(cell)).isTrue();
        assertThat(CheckMarks.hasMarks(cell)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"□", "☐", "○", "否", "<input type=\"checkbox\"/>", "<input type=\"checkbox\" data-checkedby=\"x\"/>"})
    void uncheckedMarks(String cell) {
        assertThat(CheckMarks.isChecked(cell)).isFalse();
        assertThat(CheckMarks.hasMarks(cell)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "主动", "无", "是否公开"})
    void noMarks(String cell) {
        assertThat(CheckMarks.isChecked(cell)).isFalse();
        assertThat(CheckMarks.hasMarks(cell)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<input type=\"checkbox\"/> 主动 <input checked type=\"checkbox\"/> 依申请"})
    void anyCheckedInputChecksTheCell(String cell) {
        assertThat(CheckMarks.isChecked(cell)).isTrue();
    }
}
