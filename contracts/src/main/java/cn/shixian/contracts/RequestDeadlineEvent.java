package cn.shixian.contracts;

/**
 * A deadline event of a request's answer period (答复期限) on {@code disclosure.deadlines}; key =
 * requestId. Its types ({@code disclosure.request.deadline.*}) are distinct from the item
 * obligations' {@code disclosure.deadline.*}, so a consumer that knows only item obligations passes
 * them by instead of mistaking a request for an item.
 */
public sealed interface RequestDeadlineEvent extends EventData
        permits RequestDeadlineOpened, RequestDeadlineRecomputed, RequestDeadlinePaused, RequestDeadlineMet,
        RequestDeadlineCancelled {

    String requestId();

    @Override
    default String key() {
        return requestId();
    }
}
