package cn.shixian.deadline.requestintake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request intake (依申请公开) settings.
 *
 * @param concurrency    consumers of {@code disclosure.requests} in this instance
 * @param correctionWait 补正期限: working days the agency gives an applicant to correct, after which
 *                       the request may be closed as 逾期不补正 (a matter of the agency's policy)
 */
@ConfigurationProperties("shixian.requests")
public record RequestIntakeSettings(@DefaultValue("1") int concurrency, @DefaultValue("15") int correctionWait) {

    public RequestIntakeSettings {
        if (concurrency < 1 || correctionWait < 1) {
            throw new IllegalArgumentException("shixian.requests.concurrency and correction-wait must be at least 1");
        }
    }
}
