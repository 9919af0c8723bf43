package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void leavesShortTextAlone() {
        assertThat(Utf8.truncate("逾期提醒", 4096)).isEqualTo("逾期提醒");
    }

    @Test
    void cutsLongChineseTextAtALineWithinTheLimitAndSaysSo() {
        String text = "1. 社会保险登记事项 [时间线](http://127.0.0.1:8081/api/items/x)\n".repeat(200);

        String cut = Utf8.truncate(text, 4096);

        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(cut).endsWith(Utf8.CUT).doesNotContain("\uFFFD");
        assertThat(cut.substring(0, cut.length() - Utf8.CUT.length())).endsWith("/api/items/x)");
    }
}
