package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.contracts.RequestAlert;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The wording of each alert type, and the timeline link. */
class AlertMessagesTest {

    private final AlertMessages messages = new AlertMessages(
            new LiveCalendar(WorkingDayCalendar.bundled(), ZoneId.of("Asia/Shanghai")), NotifySettingsFixture.defaults());

    @Test
    void saysWhatHappenedAndHowManyWorkingDays() {
        assertThat(render(AlertState.DUE_SOON, 0, null).subject()).startsWith("【时限】临期提醒：");
        assertThat(render(AlertState.DUE_SOON, 0, null).text()).contains("公开期限：2025-10-10（今天到期）");
        assertThat(render(AlertState.OVERDUE, null, 0).text()).contains("公开期限：2025-10-10（已逾期）");
        assertThat(render(AlertState.ESCALATED, null, 5).subject()).startsWith("【时限】逾期升级：");
        assertThat(render(AlertState.ESCALATED, null, 5).text()).contains("（已逾期 5 个工作日）");
        assertThat(render(AlertState.PUBLISHED_LATE, null, 2).text()).contains("（已公开，逾期 2 个工作日）");
    }

    @Test
    void theWebhookEventCarriesTheAlertsIdAndTime() {
        Outgoing message = render(AlertState.OVERDUE, null, 1);
        assertThat(message.event().type().type()).isEqualTo("disclosure.alert.overdue");
        assertThat(message.event().time().toString()).isEqualTo("2025-10-11T08:00+08:00");
    }

    @Test
    void encodesTheItemIdInTheTimelineLink() {
        assertThat(messages.linkOf(ObligationKind.ITEM, "伊宁市 社保/001")).isEqualTo(
                "http://127.0.0.1:8081/api/items/%E4%BC%8A%E5%AE%81%E5%B8%82%20%E7%A4%BE%E4%BF%9D%2F001");
    }

    @Test
    void aRequestsAlertSpeaksOfTheAnswerAndLinksToTheRequest() {
        Outgoing overdue = request(AlertState.OVERDUE, null, 1);
        assertThat(overdue.subject()).isEqualTo("【时限】依申请答复逾期提醒：申请公开2024年度养老保险基金收支情况 — 伊宁市人力资源和社会保障局");
        assertThat(overdue.text())
                .contains("依申请公开：申请公开2024年度养老保险基金收支情况（申请编号 yining-ysq-7）")
                .contains("答复机关：伊宁市人力资源和社会保障局")
                .contains("答复期限：2025-10-10（已逾期 1 个工作日）")
                .contains("办理记录：http://127.0.0.1:8081/api/requests/yining-ysq-7")
                .doesNotContain("第 0 版");
        assertThat(overdue.event().type().type()).isEqualTo("disclosure.request.alert.overdue");
        assertThat(overdue.event().subject()).isEqualTo("yining-ysq-7");
        assertThat(overdue.event().data()).isEqualTo(new RequestAlert("yining-ysq-7", "654002", "伊宁市人力资源和社会保障局",
                "申请公开2024年度养老保险基金收支情况", LocalDate.of(2025, 10, 10), RequestAlert.State.OVERDUE, null, 1));

        Outgoing late = request(AlertState.PUBLISHED_LATE, null, 3);
        assertThat(late.subject()).startsWith("【时限】逾期答复：");
        assertThat(late.text()).contains("（已答复，逾期 3 个工作日）");
        assertThat(late.event().type().type()).isEqualTo("disclosure.request.alert.answered-late");
    }

    private Outgoing render(AlertState type, Integer left, Integer overdue) {
        return messages.render(new AlertRow(UUID.randomUUID(), ObligationKind.ITEM, type, "yining-001", 2, null, "654002",
                "伊宁市人力资源和社会保障局", "", LocalDate.of(2025, 10, 10), left, overdue,
                Instant.parse("2025-10-11T00:00:00Z")));
    }

    private Outgoing request(AlertState type, Integer left, Integer overdue) {
        return messages.render(new AlertRow(UUID.randomUUID(), ObligationKind.REQUEST, type, "yining-ysq-7", 0, null, "654002",
                "伊宁市人力资源和社会保障局", "申请公开2024年度养老保险基金收支情况", LocalDate.of(2025, 10, 10), left, overdue,
                Instant.parse("2025-10-11T00:00:00Z")));
    }
}
