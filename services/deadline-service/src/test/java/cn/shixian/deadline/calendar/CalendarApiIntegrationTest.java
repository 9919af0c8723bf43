package cn.shixian.deadline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.deadline.access.DeadlineApiTest;
import cn.shixian.deadline.access.LocalUser;
import cn.shixian.testsupport.HttpApiTest;
import org.junit.jupiter.api.Test;

/** {@code /api/calendars} over real HTTP: listing, loading, and the problems a bad notice gets. */
@DeadlineApiTest
class CalendarApiIntegrationTest extends HttpApiTest {

    @Test
    void listsTheBundledNoticesWithSourceConfidenceAndVersion() {
        var listed = api.get("/api/calendars", LocalUser.OFFICER);

        assertThat(listed.status()).isEqualTo(200);
        var national2025 = listed.json().valueStream()
                .filter(n -> n.get("region").asString().equals("CN") && n.get("year").asInt() == 2025)
                .findFirst().orElseThrow();
        assertThat(national2025.get("source").asString()).contains("gov.cn");
        assertThat(national2025.get("calendarVersion").asString()).startsWith("cal-");
        assertThat(listed.body()).contains("\"region\":\"65\"");
    }

    @Test
    void loadsARegionalNoticeAndRefusesOnesThatContradictTheLoadedDays() {
        String xinjiang2031 = """
                {"source": "https://www.xinjiang.gov.cn/test-2031", "confidence": "official", "days": [
                  {"name": "肉孜节", "date": "2031-11-17", "isOffDay": true}]}""";
        var loaded = api.put("/api/calendars/65/2031", "application/json", xinjiang2031, LocalUser.ADMIN);
        assertThat(loaded.status()).isEqualTo(201);
        assertThat(loaded.json().get("region").asString()).isEqualTo("65");
        assertThat(loaded.json().get("changed").asBoolean()).isTrue();
        assertThat(api.get("/api/calendars", LocalUser.OFFICER).body()).contains("test-2031");

        var again = api.put("/api/calendars/65/2031", "application/json", xinjiang2031, LocalUser.ADMIN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("changed").asBoolean()).isFalse();

        String otherDay = xinjiang2031.replace("11-17", "11-18");
        assertThat(api.put("/api/calendars/65/2031", "application/json", otherDay, LocalUser.ADMIN).problem(409)
                .get("detail").asString()).contains("correction=true");
        assertThat(api.put("/api/calendars/65/2031?correction=true", "application/json", otherDay, LocalUser.ADMIN)
                .status()).isEqualTo(200);
    }

    @Test
    void aBadNoticeGetsAProblemNamingWhatIsWrong() {
        assertThat(api.put("/api/calendars/CN/2031", "application/json", "not json", LocalUser.ADMIN).problem(400)
                .get("detail").asString()).contains("JSON");
        assertThat(api.put("/api/calendars/CN/2031", "application/json", "{\"year\": 2030, \"days\": []}",
                LocalUser.ADMIN).problem(400).get("detail").asString()).contains("2030");
        assertThat(api.put("/api/calendars/CN/2031", "application/json", "{\"days\": []}", LocalUser.ADMIN)
                .problem(400).get("detail").asString()).contains("no days");
        assertThat(api.put("/api/calendars/6x/2031", "application/json", "{\"days\": []}", LocalUser.ADMIN)
                .problem(400).get("detail").asString()).contains("GB/T 2260");
    }
}
