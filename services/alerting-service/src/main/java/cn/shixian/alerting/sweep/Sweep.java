package cn.shixian.alerting.sweep;

import cn.shixian.alerting.alert.AlertLog;
import cn.shixian.alerting.alert.RaisedAlert;
import cn.shixian.alerting.lifecycle.ObligationKind;
import cn.shixian.contracts.Alert.AlertState;
import cn.shixian.eventing.calendar.LiveCalendar;
import cn.shixian.workcalendar.RegionCode;
import cn.shixian.workcalendar.WorkingDayCalendar;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweep (巡检): moves every obligation whose time has come, with three set-based updates over
 * the read model (most advanced state first, so one long overdue goes straight to ESCALATED with
 * one alert), and raises one alert per transition in the same transaction. Run by Quartz on one
 * instance at a time; the state predicates and the alerts' unique key keep it exactly-once even if
 * two ran at once.
 */
@Component
public class Sweep {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AlertLog alerts;
    private final LiveCalendar calendar;
    private final Clock clock;
    private final Timer timer;

    Sweep(JdbcTemplate jdbc, TransactionTemplate transaction, AlertLog alerts, LiveCalendar calendar, Clock clock,
          MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.alerts = alerts;
        this.calendar = calendar;
        this.clock = clock;
        this.timer = Timer.builder("shixian.sweep").description("One sweep over all open obligations")
                .publishPercentileHistogram().register(meters);
    }

    /** Runs one sweep now; returns the alerts it raised. */
    public int run() {
        return timer.record(() -> transaction.execute(status -> sweep(clock.instant())));
    }

    private int sweep(Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        WorkingDayCalendar days = calendar.calendar();
        List<RaisedAlert> raised = new ArrayList<>();
        for (Transition transition : Transition.ALL) {
            jdbc.query(transition.sql(), rs -> {
                LocalDate dueOn = rs.getObject(6, LocalDate.class);
                RegionCode region = RegionCode.of(rs.getString(3));
                raised.add(new RaisedAlert(ObligationKind.valueOf(rs.getString(7)), transition.alert(), rs.getString(1),
                        rs.getInt(2), rs.getString(8), rs.getString(3),
                        rs.getString(4), rs.getString(5), dueOn, transition.daysLeft(today, dueOn, region, days),
                        transition.daysOverdue(today, dueOn, region, days)));
            }, transition.parameters(Timestamp.from(now)));
        }
        return alerts.raise(raised);
    }
}
