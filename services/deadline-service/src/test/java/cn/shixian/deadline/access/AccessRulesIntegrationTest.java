package cn.shixian.deadline.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.testsupport.CommonAccessRulesTest;
import org.junit.jupiter.api.Test;

/**
 * The deadline-service's rules, checked where the answer does not depend on a controller: a
 * denied request never reaches one. The rules every service has are checked by {@link CommonAccessRulesTest}.
 */
@DeadlineApiTest
class AccessRulesIntegrationTest extends CommonAccessRulesTest {

    AccessRulesIntegrationTest() {
        super(LocalUser.ADMIN, LocalUser.OFFICER, "/api/events", "/api/items/{itemId}", "/api/obligations",
                "/api/items", "/api/items/lookup", "/api/items/{itemId}/obligations/{version}/explanation",
                "/api/calendars/{region}/days");
    }

    @Test
    void onlyAdminLoadsCalendars() {
        api.put("/api/calendars/CN/2031", "application/json", "{}", LocalUser.OFFICER).problem(403);
        api.put("/api/calendars/CN/2031", "application/json", "{}", LocalUser.INGEST).problem(403);
        api.put("/api/calendars/CN/2031", "application/json", "{}", null).problem(401);
    }

    @Test
    void upstreamSystemsCannotReadAndOfficersCannotIngest() {
        api.get("/api/calendars", LocalUser.INGEST).problem(403);
        api.get("/api/obligations", LocalUser.INGEST).problem(403);
        api.get("/api/items/any", LocalUser.INGEST).problem(403);
        // a catalog import (INGEST) reads the item list and looks items up, nothing else of items
        assertThat(api.get("/api/items", LocalUser.INGEST).status()).isEqualTo(200);
        api.post("/api/items/lookup", "application/json", "{}".getBytes(), LocalUser.INGEST).problem(400);
        api.post("/api/events", "application/json", "{}".getBytes(), LocalUser.OFFICER).problem(403);
    }

    @Test
    void aMethodWithoutARuleIsForAdminOnly() {
        api.post("/api/obligations", "application/json", "{}".getBytes(), LocalUser.OFFICER).problem(403);
        api.post("/api/items/any", "application/json", "{}".getBytes(), LocalUser.OFFICER).problem(403);
    }
}
