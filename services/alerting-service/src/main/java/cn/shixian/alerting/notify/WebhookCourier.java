package cn.shixian.alerting.notify;

import cn.shixian.contracts.EventCodec;
import org.springframework.stereotype.Component;

/**
 * A generic JSON webhook: the alert as a CloudEvent in structured mode, the same JSON the
 * {@code disclosure.alerts} topic carries, so one parser serves both.
 */
@Component
class WebhookCourier implements Courier {

    private final HttpPoster http;
    private final EventCodec codec;

    WebhookCourier(HttpPoster http, EventCodec codec) {
        this.http = http;
        this.codec = codec;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public void send(ChannelSettings channel, String recipient, Outgoing message)
            throws DeliveryFailure, InterruptedException {
        if (message.event() == null) {
            throw new DeliveryFailure("a webhook takes alert events only; this message has none");
        }
        byte[] event;
        try {
            event = codec.encode(message.event());
        } catch (IllegalArgumentException e) {
            throw new DeliveryFailure("the alert breaks its event schema: " + e.getMessage(), e);
        }
        http.post(channel.url(), "application/cloudevents+json; charset=UTF-8", event);
    }
}
