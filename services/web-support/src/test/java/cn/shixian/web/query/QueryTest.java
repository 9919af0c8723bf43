package cn.shixian.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** The query side's pieces without a database: parameters, pages, where clauses, the snapshot's settings. */
class QueryTest {

    @Test
    void pageRequestsDefaultAndRefuseOutOfRangeNamingTheParameter() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
        assertThat(PageRequest.of(3, 500).offset()).isEqualTo(1500);
        assertThat(PageRequest.of(Integer.MAX_VALUE, 500).offset()).isEqualTo(Integer.MAX_VALUE * 500L);
        assertThat(invalid(() -> PageRequest.of(-1, null))).containsEntry("parameter", "page");
        assertThat(invalid(() -> PageRequest.of(null, 0))).containsEntry("parameter", "size");
        assertThat(invalid(() -> PageRequest.of(null, 501))).containsEntry("parameter", "size");
        assertThat(PageRequest.SIZE_DESCRIPTION).isEqualTo("1 to 500; default 50");
    }

    @Test
    void aPageCountsItsPages() {
        assertThat(Page.of(List.of("a", "b"), new PageRequest(1, 2), 5))
                .isEqualTo(new Page<>(List.of("a", "b"), 1, 2, 5, 3));
        assertThat(Page.of(List.of(), new PageRequest(0, 50), 0).totalPages()).isZero();
        assertThat(Page.of(List.of(), new PageRequest(0, 50), 50).totalPages()).isEqualTo(1);
    }

    @Test
    void anInvalidParameterIsA400ProblemNamingItAndWhatIsAllowed() {
        InvalidParameter state = catchThrowableOfType(InvalidParameter.class,
                () -> RequestParameters.oneOf("state", "HOLIDAY", DayOfWeek.class));
        assertThat(state.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(state.getBody().getTitle()).isEqualTo("Invalid parameter");
        assertThat(state.getBody().getDetail()).isEqualTo("state must be one of MONDAY, TUESDAY, WEDNESDAY, "
                + "THURSDAY, FRIDAY, SATURDAY, SUNDAY; was 'HOLIDAY'");
        assertThat(state.getBody().getProperties()).containsEntry("allowedValues", List.of("MONDAY", "TUESDAY",
                "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
        assertThat(state.parameter()).isEqualTo("state");
        assertThat(state.titled("Invalid query parameter").getBody().getTitle()).isEqualTo("Invalid query parameter");
        assertThat(invalid(() -> RequestParameters.regionPrefix("6505001"))).doesNotContainKey("allowedValues");
    }

    @Test
    void blankParametersMeanAny() {
        assertThat(RequestParameters.oneOf("state", " ", DayOfWeek.class)).isNull();
        assertThat(RequestParameters.oneOf("state", "FRIDAY", DayOfWeek.class)).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(RequestParameters.regionPrefix("")).isNull();
        assertThat(RequestParameters.trueOrFalse("acknowledged", null)).isNull();
        assertThat(RequestParameters.blankToNull("\t")).isNull();
    }

    @Test
    void checksRegionPrefixesBooleansAndUuids() {
        assertThat(RequestParameters.regionPrefix("65")).isEqualTo("65");
        assertThat(RequestParameters.regionPrefix("650502")).isEqualTo("650502");
        for (String region : List.of("6", "6505001", "65a", "%", "6_")) {
            assertThat(invalid(() -> RequestParameters.regionPrefix(region))).containsEntry("parameter", "region");
        }
        assertThat(RequestParameters.trueOrFalse("acknowledged", "TRUE")).isTrue();
        assertThat(invalid(() -> RequestParameters.trueOrFalse("acknowledged", "maybe")))
                .containsEntry("allowedValues", List.of("true", "false"));
        UUID id = UUID.randomUUID();
        assertThat(RequestParameters.uuid("id", id.toString())).isEqualTo(id);
        assertThat(invalid(() -> RequestParameters.uuid("id", "1-2-3-4-5"))).containsEntry("parameter", "id");
    }

    @Test
    void conditionsJoinWhatIsAskedForAndSkipWhatIsNot() {
        assertThat(new Conditions().equal("state", "state", null).startsWith("region", "region", null)
                .notNull("acknowledged_at", null).sql()).isEmpty();

        Conditions where = new Conditions()
                .equal("type", "type", DayOfWeek.MONDAY)
                .startsWith("region", "region", "6505")
                .equal("responsible_body", "responsibleBody", "哈密市人社局")
                .notNull("acknowledged_at", false);
        assertThat(where.sql()).isEqualTo(" where type = :type and region like :region"
                + " and responsible_body = :responsibleBody and acknowledged_at is null");
        assertThat(where.params()).isEqualTo(Map.of("type", "MONDAY", "region", "6505%",
                "responsibleBody", "哈密市人社局"));
        assertThat(new Conditions().notNull("acknowledged_at", true).sql()).isEqualTo(" where acknowledged_at is not null");
        assertThatThrownBy(() -> new Conditions().startsWith("region", "region", "65%"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadSnapshotIsOneReadOnlyRepeatableReadTransaction() {
        List<TransactionDefinition> begun = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        PlatformTransactionManager transactions = new PlatformTransactionManager() {
            @Override
            public TransactionStatus getTransaction(TransactionDefinition definition) {
                begun.add(definition);
                return new SimpleTransactionStatus();
            }

            @Override
            public void commit(TransactionStatus status) {
                ended.add("commit");
            }

            @Override
            public void rollback(TransactionStatus status) {
                ended.add("rollback");
            }
        };

        assertThat(new ReadSnapshot(transactions).read(() -> "read")).isEqualTo("read");

        assertThat(begun).singleElement().satisfies(definition -> {
            assertThat(definition.isReadOnly()).isTrue();
            assertThat(definition.getIsolationLevel()).isEqualTo(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        });
        assertThat(ended).containsExactly("commit");
    }

    private static Map<String, Object> invalid(Runnable check) {
        InvalidParameter invalid = catchThrowableOfType(InvalidParameter.class, check::run);
        assertThat(invalid).as("an InvalidParameter").isNotNull();
        return invalid.getBody().getProperties();
    }
}
