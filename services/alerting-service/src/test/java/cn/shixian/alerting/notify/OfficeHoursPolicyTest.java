package cn.shixian.alerting.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When immediate alerts may go out: office hours (办公时间) on working days, or at once on 24/7 channels. */
class OfficeHoursPolicyTest {

    private final OfficeHoursPolicy policy = new OfficeHoursPolicy(
            new LiveCalendar(WorkingDayCalendar.bundled(), ZoneId.of("Asia/Shanghai")), NotifySettingsFixture.defaults());
    private final ChannelSettings officeChannel = new ChannelSettings(ChannelType.WEBHOOK, List.of(),
            URI.create("http://127.0.0.1/hook"), null, false);
    private final ChannelSettings alwaysOn = new ChannelSettings(ChannelType.WEBHOOK, List.of(),
            URI.create("http://127.0.0.1/hook"), null, true);

    @Test
    void aSaturdayEveningDuringNationalDayWaitsForTheNinthAtNine() {
        assertThat(policy.earliestSend(at("2025-10-04T20:00:00+08:00"), officeChannel, "650502"))
                .isEqualTo(at("2025-10-09T09:00:00+08:00"));
    }

    @Test
    void aTwentyFourSevenChannelNeverWaits() {
        assertThat(policy.earliestSend(at("2025-10-04T20:00:00+08:00"), alwaysOn, "650502"))
                .isEqualTo(at("2025-10-04T20:00:00+08:00"));
    }

    @Test
    void withinOfficeHoursOfAWorkingDayItGoesAtOnce() {
        assertThat(policy.earliestSend(at("2025-09-29T10:15:00+08:00"), officeChannel, "360702"))
                .isEqualTo(at("2025-09-29T10:15:00+08:00"));
    }

    @Test
    void earlyMorningWaitsForNineTheSameDay() {
        assertThat(policy.earliestSend(at("2025-09-29T03:00:00+08:00"), officeChannel, "360702"))
                .isEqualTo(at("2025-09-29T09:00:00+08:00"));
    }

    @Test
    void fridayEveningWaitsForTheMakeUpWorkingSunday() {
        assertThat(policy.earliestSend(at("2025-09-26T18:00:00+08:00"), officeChannel, "360702"))
                .isEqualTo(at("2025-09-28T09:00:00+08:00"));
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
