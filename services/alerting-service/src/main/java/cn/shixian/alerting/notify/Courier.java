package cn.shixian.alerting.notify;

/** Sends a message over one type of channel; one implementation per {@link ChannelType}. */
interface Courier {

    ChannelType type();

    /**
     * Sends, or throws: {@link DeliveryFailure} when the channel refused or could not be reached
     * (retried with backoff), {@link InterruptedException} when the instance is stopping (the claim
     * expires and the message is sent later).
     */
    void send(ChannelSettings channel, String recipient, Outgoing message) throws DeliveryFailure, InterruptedException;
}
