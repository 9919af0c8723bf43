package cn.shixian.deadline.requestapi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A request as a list shows it (申请列表): where it stands, without its history.
 *
 * @param dueOn null while the clock stands still (补正, 征求意见) or once withdrawn
 * @param late  null until answered
 */
record RequestSummary(String requestId, String region, String responsibleBody, String applicantType,
                      LocalDate receivedOn, String state, LocalDate dueOn, LocalDate closedOn, String outcome,
                      Boolean late, Integer workingDaysLate) {

    static final String COLUMNS = "request_id, region, responsible_body, applicant_type, received_on, state, due_on, "
            + "closed_on, outcome, late, working_days_late";

    static RequestSummary read(ResultSet rs, int row) throws SQLException {
        return new RequestSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getString(9), (Boolean) rs.getObject(10),
                (Integer) rs.getObject(11));
    }
}
