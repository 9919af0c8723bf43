package cn.shixian.importer.event;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.TimeLimit;
import org.junit.jupiter.api.Test;

class TimeLimitsTest {

    @Test
    void thePublicationSentenceIsTwentyWorkingDays() {
        assertThat(TimeLimits.of("公开事项信息形成或变更之日起20个工作日内公开"))
                .isEqualTo(new TimeLimit("公开事项信息形成或变更之日起20个工作日内公开", 20));
        assertThat(TimeLimits.of("信息形成或者变更之日起 20 个工作日内").workingDays()).isEqualTo(20);
    }

    @Test
    void serviceTimeLimitsAndImmediateOnes() {
        assertThat(TimeLimits.of("材料齐全的情况下，7个工作日办结").workingDays()).isEqualTo(7);
        assertThat(TimeLimits.of("7-10个工作日").workingDays()).isEqualTo(10);
        assertThat(TimeLimits.of("材料齐全的情况下，即时办结").workingDays()).isZero();
        assertThat(TimeLimits.of("当天").workingDays()).isZero();
    }

    @Test
    void anExtensionIsNotAdded() {
        assertThat(TimeLimits.of("审批时限为15个工作日。15个工作日内不能做出决定的，经本行政机关负责人批准，可以延长10个工作日").workingDays())
                .isEqualTo(15);
    }

    @Test
    void anUnreadableTextKeepsItsWordsWithoutWorkingDays() {
        assertThat(TimeLimits.of("自受理之日起60日内出具结论")).isEqualTo(new TimeLimit("自受理之日起60日内出具结论", null));
        assertThat(TimeLimits.of("每月10日前，参保单位携带纸质资料办结。").workingDays()).isNull();
    }

    @Test
    void aBlankCellIsNoTimeLimit() {
        assertThat(TimeLimits.of("")).isNull();
        assertThat(TimeLimits.of(" ")).isNull();
        assertThat(TimeLimits.of(null)).isNull();
    }
}
