/**
 * Requests for government information (依申请公开, 《政府信息公开条例》 arts. 29–33): each request's
 * answer period (答复期限) folded from its events over the region's working-day calendar, and the
 * yearly report's request table (年度报告 part 三, 格式 2021). Plain Java: no Spring, JDBC, Jackson
 * or Kafka; the service's listeners and stores feed it events and keep what it returns.
 */
package cn.shixian.deadline.request;
