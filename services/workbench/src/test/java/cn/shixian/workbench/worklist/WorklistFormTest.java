package cn.shixian.workbench.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.workbench.services.WorklistQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorklistFormTest {

    @Test
    void anEmptyFormIsTheOverdueListMostOverdueFirst() {
        WorklistQuery query = new WorklistForm(null, null, null, null, null, null, null, null).query(25);
        assertThat(query.states()).containsExactly("OVERDUE", "ESCALATED");
        assertThat(query.sort()).isEqualTo("dueOn");
        assertThat(query.page()).isZero();
    }

    @Test
    void unknownStatesAndSortsFallBackToTheLists() {
        WorklistQuery query = new WorklistForm("due-soon", List.of("", "BOGUS"), " 6505 ", null, null, null, "drop table",
                2).query(25);
        assertThat(query.states()).containsExactly("DUE_SOON");
        assertThat(query.sort()).isEqualTo("dueOn");
        assertThat(query.region()).isEqualTo("6505");
        assertThat(query.page()).isEqualTo(2);
    }

    @Test
    void aChosenStateAndSortAreKept() {
        WorklistQuery query = new WorklistForm("open", List.of("MET_LATE"), null, null, null, null, "-dueOn", null).query(25);
        assertThat(query.states()).containsExactly("MET_LATE");
        assertThat(query.sort()).isEqualTo("-dueOn");
    }
}
