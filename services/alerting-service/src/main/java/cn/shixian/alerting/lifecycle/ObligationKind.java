package cn.shixian.alerting.lifecycle;

/**
 * What an obligation's clock is for: a catalog item's publication (主动公开, {@code disclosure.deadline.*})
 * or the answer to a request for information (依申请公开, {@code disclosure.request.deadline.*}). Both
 * run through the same {@link ObligationLifecycle}; they differ in key, texts and contract types.
 */
public enum ObligationKind {
    ITEM,
    REQUEST;

    /**
     * The version of a request's row: a request has one answer period, and item versions start at 1,
     * so (requestId, 0) never shares a key with an item.
     */
    public static final int REQUEST_VERSION = 0;
}
