package cn.shixian.alerting.notify;

/** A channel refused a message or could not be reached; the message says why, for health and the log. */
class DeliveryFailure extends Exception {

    DeliveryFailure(String message) {
        super(message);
    }

    DeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
