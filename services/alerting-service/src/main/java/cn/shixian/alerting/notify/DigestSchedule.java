package cn.shixian.alerting.notify;

import cn.shixian.eventing.calendar.LiveCalendar;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The digest's Quartz job, its daily trigger (09:00 Asia/Shanghai by default) and the calendar
 * {@value #CALENDAR} that limits the trigger to working days. Boot's Quartz auto-configuration
 * registers the job and trigger beans; the calendar goes in through a customizer.
 */
@Configuration(proxyBeanMethods = false)
class DigestSchedule {

    static final String CALENDAR = "working-days";
    static final String GROUP = "notify";

    @Bean
    JobDetail notifyDigestJob() {
        return JobBuilder.newJob(DigestJob.class).withIdentity("digest", GROUP)
                .withDescription("daily digest (每日摘要) of obligations due soon or overdue")
                .storeDurably().build();
    }

    @Bean
    Trigger notifyDigestTrigger(JobDetail notifyDigestJob, NotifySettings settings, LiveCalendar calendar) {
        return dailyOnWorkingDays(notifyDigestJob, settings.digest().at(), calendar.zone(), new Date());
    }

    @Bean
    SchedulerFactoryBeanCustomizer notifyWorkingDaysCalendar(LiveCalendar calendar, NotifySettings settings) {
        WorkingDayQuartzCalendar.use(calendar::calendar);
        List<String> regions = settings.routes().stream().map(RouteSettings::regionPrefix).distinct().toList();
        // an empty prefix routes the whole country: then the national calendar decides
        WorkingDayQuartzCalendar days = new WorkingDayQuartzCalendar(calendar.zone(),
                regions.contains("") ? List.of() : regions);
        return factory -> factory.setCalendars(Map.of(CALENDAR, days));
    }

    /** Every day at {@code at} in {@code zone}, skipped on days the {@value #CALENDAR} calendar excludes. */
    static Trigger dailyOnWorkingDays(JobDetail job, LocalTime at, ZoneId zone, Date startAt) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity("digest", GROUP)
                .withDescription("daily at " + at + " " + zone + " on working days")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(at.getHour(), at.getMinute())
                        .inTimeZone(TimeZone.getTimeZone(zone))
                        // a digest missed while every instance was down is sent once when one is back
                        .withMisfireHandlingInstructionFireAndProceed())
                .modifiedByCalendar(CALENDAR)
                .startAt(startAt)
                .build();
    }
}
