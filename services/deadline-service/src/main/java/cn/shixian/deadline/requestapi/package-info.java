/**
 * The HTTP reads of requests (依申请公开): the list, one clock explained, and the yearly report's
 * request table as JSON or XLSX; region-scoped like every read of the service.
 */
package cn.shixian.deadline.requestapi;
