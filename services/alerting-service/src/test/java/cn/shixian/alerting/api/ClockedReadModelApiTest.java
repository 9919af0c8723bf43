package cn.shixian.alerting.api;

import cn.shixian.testsupport.MutableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the API tests whose answers depend on the date (working days left, the trend): the
 * service's clock is a {@link MutableClock}, set by each test. Annotate the test
 * {@code @AlertingApiTest @WithMutableClock(ClockedReadModelApiTest.START)}, so they share one context.
 * The rows a test {@linkplain #insert inserts} are dated by its clock, not by today, so they are deleted
 * after it: a sweep of another context, on another clock, must not find them open.
 */
public abstract class ClockedReadModelApiTest extends ReadModelApiTest {

    /** A Wednesday before the National Day holiday (国庆, 2026-10-01 to 07; Saturday 10-10 is a working day). */
    public static final String START = "2026-09-30T10:00:00+08:00";

    @Autowired
    protected MutableClock clock;

    private final List<String> inserted = new ArrayList<>();

    protected ObligationRow insert(ObligationRow row) {
        inserted.add(row.itemId());
        return row.insert(jdbc);
    }

    @AfterEach
    protected final void deleteInsertedRows() {
        if (!inserted.isEmpty()) {
            jdbc.sql("delete from alert where item_id in (:items)").param("items", inserted).update();
            jdbc.sql("delete from obligation where item_id in (:items)").param("items", inserted).update();
        }
    }
}
