package cn.shixian.deadline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.HttpApiTest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/calendars/{region}/days?year=} over real HTTP: a region's year, day by day. */
@DeadlineApiTest
class CalendarDaysIntegrationTest extends HttpApiTest {

    @Test
    void givesEveryDayOfHamis2025WithKindsNamesAndTheNoticesThatApply() {
        JsonNode grid = api.get("/api/calendars/650500/days?year=2025", LocalUser.HAMI).json();

        assertThat(grid.get("region").asString()).isEqualTo("650500");
        assertThat(grid.get("year").asInt()).isEqualTo(2025);
        assertThat(grid.get("calendarVersion").asString()).startsWith("cal-");
        assertThat(grid.get("provisional").asBoolean()).isFalse();
        Map<String, JsonNode> days = byDate(grid);
        assertThat(days).hasSize(365);
        assertThat(days.get("2025-10-01").toString()).isEqualTo("""
                {"date":"2025-10-01","weekday":"WEDNESDAY","workingDay":false,"kind":"HOLIDAY",\
                "names":["国庆节","中秋节"],"provisional":false}""");
        assertThat(days.get("2025-09-28").toString()).isEqualTo("""
                {"date":"2025-09-28","weekday":"SUNDAY","workingDay":true,"kind":"MAKE_UP_WORKING_DAY",\
                "names":["国庆节","中秋节"],"provisional":false}""");
        assertThat(days.get("2025-03-31").get("kind").asString()).isEqualTo("REGIONAL_HOLIDAY");
        assertThat(days.get("2025-03-31").get("names").toString()).isEqualTo("[\"肉孜节\"]");
        assertThat(days.get("2025-09-27").get("kind").asString()).isEqualTo("WEEKEND");
        assertThat(days.get("2025-09-29").get("kind").asString()).isEqualTo("WORKING_DAY");
        assertThat(grid.get("notices").valueStream().map(n -> n.get("region").asString() + "/" + n.get("year").asInt()))
                .containsExactly("65/2025", "CN/2025");
        JsonNode national = grid.at("/notices/1");
        assertThat(national.get("source").asString()).contains("gov.cn");
        assertThat(national.get("confidence").asString()).isNotBlank();
        assertThat(national.get("confirmed").asBoolean()).isTrue();
        assertThat(national.get("origin").asString()).isEqualTo("bundled");
    }

    @Test
    void theNationalCalendarByCnOr00AndAComputedYearIsProvisional() {
        JsonNode cn = api.get("/api/calendars/CN/days?year=2025", LocalUser.OFFICER).json();
        JsonNode zero = api.get("/api/calendars/00/days?year=2025", LocalUser.OFFICER).json();
        assertThat(cn.get("region").asString()).isEqualTo("CN");
        assertThat(zero).isEqualTo(cn);
        assertThat(byDate(cn).get("2025-03-31").get("kind").asString()).isEqualTo("WORKING_DAY");
        assertThat(cn.get("notices").valueStream().map(n -> n.get("region").asString())).containsExactly("CN");

        JsonNode computed = api.get("/api/calendars/360702/days?year=2028", LocalUser.HAMI).json();
        assertThat(computed.get("provisional").asBoolean()).as("calendars are readable by every officer").isTrue();
        assertThat(computed.get("notices")).isEmpty();
        assertThat(computed.get("days")).hasSize(366);
        assertThat(byDate(computed).get("2028-10-02").get("provisional").asBoolean()).isTrue();
    }

    @Test
    void aBadRegionOrYearIs400NamingIt() {
        for (String region : List.of("6x", "6", "650", "99", "6505001")) {
            assertThat(api.get("/api/calendars/" + region + "/days?year=2025", LocalUser.OFFICER).problem(400)
                    .get("parameter").asString()).as(region).isEqualTo("region");
        }
        for (String year : List.of("", "1999", "2101", "twenty", "2025.5")) {
            assertThat(api.get("/api/calendars/CN/days?year=" + year, LocalUser.OFFICER).problem(400)
                    .get("parameter").asString()).as(year).isEqualTo("year");
        }
        assertThat(api.get("/api/calendars/CN/days", LocalUser.OFFICER).problem(400).get("parameter").asString())
                .isEqualTo("year");
        assertThat(api.get("/api/calendars/CN/days?year=2000", LocalUser.OFFICER).status()).isEqualTo(200);
        assertThat(api.get("/api/calendars/CN/days?year=2100", LocalUser.OFFICER).status()).isEqualTo(200);
        api.get("/api/calendars/CN/days?year=2025", LocalUser.INGEST).problem(403);
    }

    private static Map<String, JsonNode> byDate(JsonNode grid) {
        return grid.get("days").valueStream().collect(Collectors.toMap(d -> d.get("date").asString(),
                Function.identity()));
    }
}
