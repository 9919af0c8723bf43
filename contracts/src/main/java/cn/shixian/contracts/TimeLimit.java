package cn.shixian.contracts;

/**
 * The time limit (公开时限) of an item as the catalog states it. Both parts are optional: the
 * deadline-service takes {@code workingDays} if given, else parses {@code text}, else uses 20.
 *
 * @param text        the catalog's wording, e.g. 公开事项信息形成或变更之日起20个工作日内公开
 * @param workingDays the number of working days, 0 for 即时 (same day)
 */
public record TimeLimit(String text, Integer workingDays) {
}
