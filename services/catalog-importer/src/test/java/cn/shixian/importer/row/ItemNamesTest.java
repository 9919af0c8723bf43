package cn.shixian.importer.row;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.社会保险登记                  | 社会保险登记
            1.1机关事业单位社会保险登记     | 机关事业单位社会保险登记
            5.10多重养老保险关系个人账户退费 | 多重养老保险关系个人账户退费
            2、个人基本信息变更             | 个人基本信息变更
            （一）社会保险                  | 社会保险
            一、行政审批事项                | 行政审批事项
            社会保险 登记                   | 社会保险登记
            城乡居 民养 老保 险待 遇申 领   | 城乡居民养老保险待遇申领
            12333热线咨询                   | 12333热线咨询
            2024年度缴费基数申报            | 2024年度缴费基数申报
            22个系列（专业）高级职称评审    | 22个系列（专业）高级职称评审
            """)
    void outlineNumbersAndLineWrapsGo(String cell, String name) {
        assertThat(ItemNames.clean(cell)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ' 其他 基层公共服务平台 '       | 其他基层公共服务平台
            'Social  Insurance\nRegister'  | Social Insurance Register
            '信息形成或变更之日起 20 个工作日内' | 信息形成或变更之日起 20 个工作日内
            """)
    void cellTextKeepsSpacesOutsideChinese(String cell, String tidy) {
        assertThat(CellText.tidy(cell.replace("\\n", "\n"))).isEqualTo(tidy);
    }
}
