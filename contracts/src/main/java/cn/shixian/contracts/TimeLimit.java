package cn.shixian.contracts;

/**
 * The time limit (公开时限) of an item as the catalog states it. Both parts are optional: the
 * deadline-service takes {@code workingDays} if given, else parses {@code text}, else uses
 * {@link #DEFAULT_WORKING_DAYS}.
 *
 * @param text        the catalog's wording, e.g. 公开事项信息形成或变更之日起20个工作日内公开
 * @param workingDays the number of working days (0..100000), 0 for 即时 (same day)
 */
public record TimeLimit(String text, Integer workingDays) {

    /** 《政府信息公开条例》 art. 26: within 20 working days of forming or changing the information. */
    public static final int DEFAULT_WORKING_DAYS = 20;
}
