package cn.shixian.alerting.sweep;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The one Quartz job that sweeps all obligations; never two at once, even across instances. */
@DisallowConcurrentExecution
public class SweepJob extends QuartzJobBean {

    private Sweep sweep;

    /** Injected by Boot's SpringBeanJobFactory, which creates each job instance as a bean. */
    @Autowired
    public void setSweep(Sweep sweep) {
        this.sweep = sweep;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        sweep.run();
    }
}
