package cn.shixian.alerting.sweep;

import cn.shixian.alerting.obligation.ProcessedEventRetention;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The one Quartz job that sweeps all obligations; never two at once, even across instances. */
@DisallowConcurrentExecution
public class SweepJob extends QuartzJobBean {

    private Sweep sweep;
    private ProcessedEventRetention retention;

    /** Injected by Boot's SpringBeanJobFactory, which creates each job instance as a bean. */
    @Autowired
    public void setSweep(Sweep sweep) {
        this.sweep = sweep;
    }

    @Autowired
    public void setRetention(ProcessedEventRetention retention) {
        this.retention = retention;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        sweep.run();
        // on the same one instance at a time: the ids of long-applied deadline events are forgotten
        retention.prune();
    }
}
