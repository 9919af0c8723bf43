package cn.shixian.alerting.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * V14 keeps one index on (region, body, state) where V5 had two: it can serve a region prefix
 * only because region codes compare bytewise. The plans are asked with sequential scans priced
 * out (the test table is small), so what is checked is which index can serve the read at all.
 */
@SpringBootTest(properties = "spring.config.name=" + AlertingServiceApplication.CONFIG_NAME)
@WithRealInfrastructure
class ObligationIndexPlansIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aRegionPrefixIsReadFromTheRegionIndex() throws SQLException {
        assertThat(plan("select region, responsible_body, state, kind from obligation where region like '65%'"))
                .contains("obligation_by_region_body").contains("Index Cond");
    }

    @Test
    void theRegionOrderIsReadFromTheRegionIndex() throws SQLException {
        assertThat(plan("select region, responsible_body from obligation order by region, responsible_body limit 50"))
                .contains("obligation_by_region_body").doesNotContain("Sort");
    }

    @Test
    void aRegionsWorklistIsReadInDueOrderFromItsIndex() throws SQLException {
        assertThat(plan("select item_id from obligation where region like '6505%' and state in ('OPEN', 'DUE_SOON',"
                + " 'OVERDUE', 'ESCALATED', 'PAUSED') and kind = 'ITEM' order by due_on, item_id, version, period limit 50"))
                .contains("obligation_worklist_by_region");
    }

    private String plan(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("set local enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = statement.executeQuery("explain " + query)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                connection.rollback();
            }
        }
    }
}
