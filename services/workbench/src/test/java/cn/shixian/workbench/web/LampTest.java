package cn.shixian.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LampTest {

    @Test
    void eachOpenStateHasItsLampAndClosedOnesNone() {
        assertThat(Lamp.of("OPEN")).isEqualTo(Lamp.GREEN);
        assertThat(Lamp.of("DUE_SOON")).isEqualTo(Lamp.YELLOW);
        assertThat(Lamp.of("OVERDUE")).isEqualTo(Lamp.RED);
        assertThat(Lamp.of("ESCALATED")).isEqualTo(Lamp.RED_CARD);
        assertThat(Lamp.of("MET")).isEqualTo(Lamp.NONE);
        assertThat(Lamp.RED_CARD.css()).isEqualTo("lamp-red-card");
    }
}
