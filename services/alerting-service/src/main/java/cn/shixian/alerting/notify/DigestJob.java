package cn.shixian.alerting.notify;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily digest (每日摘要) as a Quartz job on the clustered store: one instance runs it per fire.
 * It only plans; the delivery worker sends, with retries, like any other notification.
 */
@DisallowConcurrentExecution
class DigestJob implements Job {

    // set by Boot's SpringBeanJobFactory, which autowires each job instance
    @Autowired
    private DigestPlanner planner;

    @Override
    public void execute(JobExecutionContext context) {
        planner.planToday();
    }
}
