package cn.shixian.importer.header;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTest {

    @ParameterizedTest
    @ValueSource(strings = {"公开内容（要素）", "公开内容(要素)", "公开内容 (要素)", "公开内容\n（要素）", "公开内容【要素】",
            "公开内容 （ 要素 ）", "公开内容", "公开内容\u3000（要素）", "公开内容（要素）：", "*公开内容（要素）"})
    void contentIsMatchedHoweverItIsSpelled(String header) {
        assertThat(Column.named(header)).contains(Column.CONTENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            序号              | SERIAL
            公开事项          | ITEMS
            一级事项          | LEVEL_1
            主项              | LEVEL_1
            二级事项          | LEVEL_2
            子项              | LEVEL_2
            三级事项          | LEVEL_3
            二级子项          | LEVEL_3
            公开依据          | BASIS
            公开时限          | TIME_LIMIT
            公开时限（工作日）| TIME_LIMIT
            办理时限          | PROCESSING_LIMIT
            办结时限          | PROCESSING_LIMIT
            公开主体          | BODY
            公开主\\n体       | BODY
            公开渠道和载体    | CHANNELS
            公开渠道          | CHANNELS
            公开对象          | AUDIENCE
            全社会            | AUDIENCE_PUBLIC
            全\\n社\\n会      | AUDIENCE_PUBLIC
            特定群体          | AUDIENCE_SPECIFIC
            公开方式          | MODE
            主动              | MODE_ACTIVE
            主动公开          | MODE_ACTIVE
            依申请            | MODE_ON_REQUEST
            依申请公开        | MODE_ON_REQUEST
            公开层级          | LEVEL
            """)
    void everyColumnByItsNames(String header, Column column) {
        assertThat(Column.named(header.replace("\\n", "\n"))).contains(column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "咨询及监督 举报电话", "县级", "备注", "社会保险登记", "公开时限内"})
    void otherTextNamesNoColumn(String header) {
        assertThat(Column.named(header)).isEmpty();
    }
}
