package cn.shixian.importer.row;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelsTest {

    @Test
    void plainTextIsSplitOnEnumerationCommasCommasSemicolonsAndLineBreaks() {
        assertThat(Channels.read("政府网站、政务服务中心,公开查阅点，公示栏;便民服务站；两微一端\n精准推送\r\n 发布会/听证会 "))
                .containsExactly("政府网站", "政务服务中心", "公开查阅点", "公示栏", "便民服务站", "两微一端", "精准推送", "发布会/听证会");
    }

    @Test
    void boxesGiveTheCheckedEntries() {
        // seed 000, Yining: a Word cell of boxes, with the "other" box's text
        assertThat(Channels.read("■政府网站    □政府公报\n□两微一端    □发布会/听证会\n□公开查阅点  ■政务服务中心\n"
                + "□社区/企事业单位/村公示栏（电子屏）\n□精准推送    ■其他\u00A0基层公共服务平台"))
                .containsExactly("政府网站", "政务服务中心", "基层公共服务平台");
    }

    @Test
    void htmlCheckboxesGiveTheCheckedEntries() {
        // seed 002, Hami
        assertThat(Channels.read("<input type=\"checkbox\"/> 政府网站 <input checked=\"\" type=\"checkbox\"/> 新疆政务服务网 "
                + "<input checked=\"\" type=\"checkbox\"/> 政务服务中心"))
                .containsExactly("新疆政务服务网", "政务服务中心");
        assertThat(Channels.read("<input type=\"checkbox\"/> 政府网站 <input type=\"checkbox\"/> 一微一端")).isEmpty();
    }

    @Test
    void htmlListsOfBoxes() {
        // seed 001
        assertThat(Channels.read("<ul style=\"list-style-type: none\"> ■ 政府网站 ■ 新疆政务服务网 ■ 公开查阅点 </ul>"))
                .containsExactly("政府网站", "新疆政务服务网", "公开查阅点");
    }

    @Test
    void repeatsAndBlanksGo() {
        assertThat(Channels.read("政府网站、、政府网站、 ")).containsExactly("政府网站");
        assertThat(Channels.read("")).isEmpty();
        assertThat(Channels.read(null)).isEmpty();
    }
}
