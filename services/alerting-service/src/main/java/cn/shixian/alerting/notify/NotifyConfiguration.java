package cn.shixian.alerting.notify;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Notifications (通知) of alerts: settings, and a check at startup that e-mail channels can send. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifySettings.class)
class NotifyConfiguration {

    @Bean
    InitializingBean notifyMailCheck(NotifySettings settings, ObjectProvider<JavaMailSender> mail) {
        return () -> settings.channels().forEach((name, channel) -> {
            if (channel.type() == ChannelType.EMAIL && mail.getIfAvailable() == null) {
                throw new IllegalStateException("notification channel '" + name
                        + "' sends e-mail, but no SMTP server is configured: set spring.mail.host (and port)");
            }
        });
    }
}
