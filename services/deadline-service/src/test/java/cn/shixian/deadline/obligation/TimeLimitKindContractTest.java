package cn.shixian.deadline.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workcalendar.timelimit.Period;
import cn.shixian.workcalendar.timelimit.SchedulePeriod;
import cn.shixian.workcalendar.timelimit.TimeLimitKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One home for the kinds of time limit: {@link TimeLimitKind} (and {@link SchedulePeriod}, {@link Period#KEY}). Item
 * events state any of them; the contract's {@code timeLimitKind} enum and the schema's check
 * constraint list exactly the kinds that open an obligation (all but CONTINUOUS).
 */
class TimeLimitKindContractTest {

    private static final List<String> OPENING = Arrays.stream(TimeLimitKind.values())
            .filter(k -> k != TimeLimitKind.CONTINUOUS).map(Enum::name).toList();

    @Test
    void theContractListsTheKindsThatOpenAnObligation() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schemas/disclosure.deadline.opened.schema.json")) {
            JsonNode kinds = new ObjectMapper().readTree(in).at("/properties/timeLimitKind/enum");
            List<String> listed = new ArrayList<>();
            kinds.forEach(k -> listed.add(k.asText()));

            assertThat(listed).isEqualTo(OPENING);
        }
    }

    @Test
    void itemEventsStateEveryKindAndPeriod() throws IOException {
        for (String type : List.of("created", "changed")) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/disclosure.item." + type + ".schema.json")) {
                JsonNode kinds = new ObjectMapper().readTree(in).at("/properties/timeLimit/properties/kind/enum");
                assertThat(texts(kinds)).isEqualTo(Arrays.stream(TimeLimitKind.values()).map(Enum::name).toList());
            }
        }
        try (InputStream in = getClass().getResourceAsStream("/schemas/common.schema.json")) {
            JsonNode every = new ObjectMapper().readTree(in).at("/$defs/timeLimitSchedule/properties/every/enum");
            assertThat(texts(every)).isEqualTo(Arrays.stream(SchedulePeriod.values()).map(Enum::name).toList());
        }
    }

    @Test
    void theContractsPeriodIsPeriodsKey() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schemas/common.schema.json")) {
            String pattern = new ObjectMapper().readTree(in).at("/$defs/period/pattern").asText();

            assertThat(pattern).isEqualTo("^" + Period.KEY.pattern() + "$");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(k -> texts.add(k.asText()));
        return texts;
    }

    @Test
    void theSchemaChecksTheSameKinds() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/db/migration/deadline/V12__time_limit_kinds.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(sql).contains("check (limit_kind in ("
                    + String.join(", ", OPENING.stream().map(k -> "'" + k + "'").toList()) + "))");
        }
    }
}
