package cn.shixian.alerting.metrics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Registers {@link ObligationGaugeSettings} whether or not the application scans for configuration properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObligationGaugeSettings.class)
class MetricsConfiguration {
}
