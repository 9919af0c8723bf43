/**
 * Intake of request events (依申请公开申请事件) from {@code disclosure.requests}: each request's stored
 * events folded with {@link cn.shixian.deadline.request.RequestClock}, new ones kept once by id,
 * refused ones dead-lettered with the reason, and the answer period's deadline events put in the
 * outbox in the same transaction.
 */
package cn.shixian.deadline.requestintake;
