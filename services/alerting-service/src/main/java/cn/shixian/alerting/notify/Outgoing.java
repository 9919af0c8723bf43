package cn.shixian.alerting.notify;

import cn.shixian.contracts.CloudEvent;

/**
 * A message ready for any channel: e-mail takes subject and text, the robots title and Markdown,
 * the generic webhook the CloudEvent (absent for a digest, which webhooks do not get). The event is
 * encoded by the webhook courier only, so an alert the schema would refuse still reaches people.
 */
record Outgoing(String subject, String text, String markdown, CloudEvent<?> event) {
}
