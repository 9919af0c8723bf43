package cn.shixian.alerting.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail through Spring Mail ({@code spring.mail.*}): plain UTF-8 text, one message per address. */
@Component
class EmailCourier implements Courier {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotifySettings.Mail sender;

    EmailCourier(ObjectProvider<JavaMailSender> mail, NotifySettings settings) {
        this.mail = mail;
        this.sender = settings.mail();
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public void send(ChannelSettings channel, String recipient, Outgoing message) throws DeliveryFailure {
        JavaMailSender smtp = mail.getIfAvailable();
        if (smtp == null) {
            throw new DeliveryFailure("no SMTP server configured: set spring.mail.host");
        }
        try {
            MimeMessage mime = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(sender.from(), sender.fromName());
            helper.setTo(recipient);
            helper.setSubject(message.subject());
            helper.setText(message.text());
            smtp.send(mime);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            throw new DeliveryFailure("SMTP refused the message to " + recipient + ": " + e.getMessage(), e);
        }
    }
}
