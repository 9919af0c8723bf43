package cn.shixian.alerting.sweep;

import cn.shixian.alerting.lifecycle.ClockThresholds;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One trigger for the sweep, stored in the clustered job store: every {@code shixian.sweep.interval}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SweepSettings.class)
class SweepSchedule {

    @Bean
    JobDetail sweepJob() {
        return JobBuilder.newJob(SweepJob.class).withIdentity("sweep", "shixian").storeDurably()
                .withDescription("moves obligations to DUE_SOON, OVERDUE, ESCALATED and raises their alerts").build();
    }

    /** K and E for the read model and the sweep alike. */
    @Bean
    ClockThresholds clockThresholds(SweepSettings settings) {
        return new ClockThresholds(settings.dueSoonWorkingDays(), settings.escalateAfterWorkingDays());
    }

    @Bean
    Trigger sweepTrigger(JobDetail sweepJob, SweepSettings settings) {
        return TriggerBuilder.newTrigger().forJob(sweepJob).withIdentity("sweep", "shixian")
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.interval().toMillis()).repeatForever()
                        // after downtime run once, not once per missed interval
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
