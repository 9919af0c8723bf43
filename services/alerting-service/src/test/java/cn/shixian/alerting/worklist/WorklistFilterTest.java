package cn.shixian.alerting.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shixian.alerting.lifecycle.ObligationLifecycle;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.alerting.lifecycle.ObligationState;
import cn.shixian.web.query.InvalidParameter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The worklist's parameters, checked without a database. */
class WorklistFilterTest {

    @Test
    void theOpenStatesByDefault() {
        assertThat(WorklistFilter.states(null)).containsExactlyInAnyOrder(ObligationState.OPEN, ObligationState.DUE_SOON,
                ObligationState.OVERDUE, ObligationState.ESCALATED, ObligationState.PAUSED);
        assertThat(WorklistFilter.states(" ")).isEqualTo(ObligationLifecycle.OPEN);
        assertThat(WorklistFilter.states(",")).isEqualTo(ObligationLifecycle.OPEN);
        assertThat(WorklistFilter.states("MET, MET_LATE,")).containsExactlyInAnyOrder(ObligationState.MET,
                ObligationState.MET_LATE);
        assertThatThrownBy(() -> WorklistFilter.states("OPEN,open")).isInstanceOfSatisfying(InvalidParameter.class,
                e -> assertThat(e.parameter()).isEqualTo("state"));
    }

    @Test
    void readsEveryParameter() {
        WorklistFilter filter = WorklistFilter.of("REQUEST", "OVERDUE", "6505", "哈密市人力资源和社会保障局", " 养老 ", " Annual ",
                "hami-650500-shbx-001", "2026-10-31", "2026-09-01", "5", "-dueOn", 2, 20);
        assertThat(filter.kind()).isEqualTo(ObligationKind.REQUEST);
        assertThat(filter.states()).containsExactly(ObligationState.OVERDUE);
        assertThat(filter.regionPrefix()).isEqualTo("6505");
        assertThat(filter.category()).isEqualTo("养老");
        assertThat(filter.q()).isEqualTo("Annual");
        assertThat(filter.dueOnOrBefore()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(filter.dueOnOrAfter()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(filter.dueWithinWorkingDays()).isEqualTo(5);
        assertThat(filter.sort()).isEqualTo(WorklistSort.DUE_ON_DESCENDING);
        assertThat(filter.paging().offset()).isEqualTo(40);

        WorklistFilter blank = WorklistFilter.of("", "", "", "", "", "", "", "", "", "", "", null, null);
        assertThat(blank.kind()).as("items by default").isEqualTo(ObligationKind.ITEM);
        assertThat(blank.sort()).isEqualTo(WorklistSort.DUE_ON);
        assertThat(blank.q()).isNull();
        assertThat(blank.dueWithinWorkingDays()).isNull();
    }

    @Test
    void refusesWhatItCannotReadNamingTheParameter() {
        assertThat(refused("2026-9-1", null, null, null)).isEqualTo("dueOnOrBefore");
        assertThat(refused(null, "2026-02-29", null, null)).isEqualTo("dueOnOrAfter");
        assertThat(refused(null, null, "61", null)).isEqualTo("dueWithinWorkingDays");
        assertThat(refused(null, null, null, "due")).isEqualTo("sort");
        assertThatThrownBy(() -> WorklistFilter.of("request", null, null, null, null, null, null, null, null, null,
                null, null, null)).isInstanceOfSatisfying(InvalidParameter.class,
                        e -> assertThat(e.parameter()).isEqualTo("kind"));
    }

    @Test
    void ordersEndInTheKey() {
        assertThat(WorklistSort.TITLE.orderBy("k.")).isEqualTo("k.title, k.item_id, k.version, k.period");
        assertThat(WorklistSort.DUE_ON_DESCENDING.orderBy("")).isEqualTo("due_on desc, item_id, version, period");
    }

    @Test
    void likePatternsMatchWildcardsLiterally() {
        assertThat(LikePattern.containing("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
        assertThat(LikePattern.containing("养老")).isEqualTo("%养老%");
        assertThat(LikePattern.containing(null)).isNull();
    }

    private static String refused(String before, String after, String within, String sort) {
        try {
            WorklistFilter.of(null, null, null, null, null, null, null, before, after, within, sort, null, null);
        } catch (InvalidParameter e) {
            return e.parameter();
        }
        throw new AssertionError("accepted");
    }
}
