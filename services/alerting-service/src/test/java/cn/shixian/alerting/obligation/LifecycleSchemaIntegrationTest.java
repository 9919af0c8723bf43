package cn.shixian.alerting.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.alerting.AlertingServiceApplication;
import cn.shixian.alerting.lifecycle.ClockMove;
import cn.shixian.alerting.lifecycle.ClockPosition;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.testsupport.WithRealInfrastructure;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migrations write the lifecycle's state sets in SQL (check constraints, partial index
 * predicates, a generated column); this test reads them back from the migrated PostgreSQL catalog
 * and holds them to {@link ObligationLifecycle}, so a new state or a changed move cannot leave a
 * stale index behind.
 */
@SpringBootTest(properties = "spring.config.name=" + AlertingServiceApplication.CONFIG_NAME)
@WithRealInfrastructure
class LifecycleSchemaIntegrationTest {

    private static final Pattern LITERAL = Pattern.compile("'([A-Z_]+)'");

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStateColumnAcceptsExactlyTheLifecycleStates() {
        assertThat(literals(constraint("obligation", "state"))).isEqualTo(names(ObligationState.values()));
    }

    @Test
    void theAlertTypeColumnAcceptsExactlyTheAlertsTheLifecycleRaises() {
        Set<String> raised = Arrays.stream(ObligationState.values())
                .flatMap(state -> state.alertOnEntry().stream()).map(Enum::name).collect(Collectors.toSet());
        assertThat(literals(constraint("alert", "type"))).isEqualTo(raised).isEqualTo(names(AlertState.values()));
    }

    @Test
    void theKindColumnsAcceptExactlyTheKinds() {
        assertThat(literals(namedConstraint("obligation", "obligation_kind_check"))).isEqualTo(names(ObligationKind.values()));
        assertThat(literals(namedConstraint("alert", "alert_kind_check"))).isEqualTo(names(ObligationKind.values()));
        assertThat(namedConstraint("obligation", "obligation_request_key"))
                .contains("'" + ObligationKind.REQUEST.name() + "'").contains("version = " + ObligationKind.REQUEST_VERSION);
    }

    @Test
    void eachBecomingIndexCoversTheStatesItsClockMoveStartsFrom() {
        for (ClockMove move : ObligationLifecycle.clockMoves()) {
            String index = switch (move.position()) {
                case IN_DUE_SOON -> "obligation_becoming_due_soon";
                case PAST_DUE -> "obligation_becoming_overdue";
                case PAST_ESCALATION -> "obligation_becoming_escalated";
                case BEFORE_DUE_SOON -> throw new AssertionError("the clock never moves back");
            };
            assertThat(literals(indexPredicate(index))).as(index).isEqualTo(names(move.from()));
        }
        assertThat(ObligationLifecycle.clockMoves()).extracting(ClockMove::position)
                .containsExactly(ClockPosition.PAST_ESCALATION, ClockPosition.PAST_DUE, ClockPosition.IN_DUE_SOON);
    }

    @Test
    void theWorklistIndexesCoverTheOpenStates() {
        for (String index : Set.of("obligation_worklist", "obligation_worklist_by_region")) {
            assertThat(literals(indexPredicate(index))).as(index).isEqualTo(names(ObligationLifecycle.OPEN));
        }
    }

    @Test
    void theWorklistIndexesCarryTheKindEveryWorklistReadFiltersBy() {
        for (String index : Set.of("obligation_worklist", "obligation_worklist_by_region")) {
            assertThat(jdbc.sql("select pg_get_indexdef(to_regclass(:index))").param("index", index)
                    .query(String.class).single()).as(index).containsPattern("INCLUDE \\(.*\\bkind\\b.*\\)");
        }
    }

    @Test
    void anObligationIsOpenUntilItsClosingStateIsReached() {
        String openUntil = jdbc.sql("""
                select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d
                join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
                where d.adrelid = 'obligation'::regclass and a.attname = 'open_until'""").query(String.class).single();
        assertThat(literals(openUntil)).isEqualTo(names(ObligationLifecycle.CLOSED));
    }

    private String constraint(String table, String column) {
        return jdbc.sql("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                where c.conrelid = to_regclass(:table) and c.contype = 'c'
                  and pg_get_constraintdef(c.oid) like '%' || :column || '%'""")
                .param("table", table).param("column", "(" + column + " ")
                .query(String.class).single();
    }

    private String namedConstraint(String table, String name) {
        return jdbc.sql("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                where c.conrelid = to_regclass(:table) and c.conname = :name""")
                .param("table", table).param("name", name).query(String.class).single();
    }

    private String indexPredicate(String index) {
        return jdbc.sql("select pg_get_expr(i.indpred, i.indrelid) from pg_index i where i.indexrelid = to_regclass(:index)")
                .param("index", index).query(String.class).single();
    }

    private static Set<String> literals(String sql) {
        Matcher matcher = LITERAL.matcher(sql);
        Set<String> found = new java.util.TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
