package cn.shixian.importer.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemIdsTest {

    @Test
    void theIdIsTheRegionAndSixteenHexDigitsOfSha256OverThePathAndItsOccurrence() throws Exception {
        String expected = "654002-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("社会保险登记\u001F职工参保登记\u001E1".getBytes(StandardCharsets.UTF_8)), 0, 8);

        assertThat(new ItemIds().next("654002", List.of("社会保险登记", "职工参保登记"))).isEqualTo(expected);
    }

    @Test
    void reImportingGivesTheSameIds() {
        List<List<String>> catalog = List.of(List.of("社会保险登记", "职工参保登记"), List.of("社会保险登记", "参保单位注销"),
                List.of("养老保险服务", "遗属待遇申领"));

        ItemIds first = new ItemIds();
        ItemIds second = new ItemIds();
        assertThat(catalog.stream().map(path -> first.next("654002", path)).toList())
                .isEqualTo(catalog.stream().map(path -> second.next("654002", path)).toList())
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("654002-[0-9a-f]{16}"));
    }

    @Test
    void rowsWithTheSamePathGetDifferentIdsInFileOrder() {
        ItemIds ids = new ItemIds();
        List<String> path = List.of("政策信息和政务公开", "规范性文件");
        String first = ids.next("650500", path);
        String second = ids.next("650500", path);

        assertThat(first).isNotEqualTo(second);
        ItemIds again = new ItemIds();
        assertThat(List.of(again.next("650500", path), again.next("650500", path))).containsExactly(first, second);
    }

    @Test
    void whiteSpaceAndFullWidthFormsDoNotChangeTheId() {
        assertThat(new ItemIds().next("650500", List.of("社会保险 登记", "单位（项目）基本信息变更")))
                .isEqualTo(new ItemIds().next("650500", List.of("社会保险登记", "单位(项目)基本信息变更")));
    }

    @Test
    void theRegionAndTheLevelsMatter() {
        ItemIds ids = new ItemIds();
        assertThat(ids.next("654002", List.of("a", "bc"))).isNotEqualTo(ids.next("654002", List.of("ab", "c")))
                .isNotEqualTo(ids.next("650500", List.of("a", "bc")));
    }
}
