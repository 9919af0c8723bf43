package cn.shixian.workcalendar.timelimit;

/** Families of words that decide how a time-limit text without a usable working-day count reads. */
enum Wording {
    /** Handled or published at once (即时办结, 即办, 即来即办, 立即公开, 实时, 立等可取, 当场办结, 现场办结). */
    IMMEDIATE("即时", "即办", "立即", "实时", "立等可取", "当场", "现场办结", "随到随办", "马上办"),
    /**
     * The same day (当天, 当日). Immediate only in a text without working days: in "受理当日起5个工作日"
     * it names the start, not the limit.
     */
    SAME_DAY("当天", "当日"),
    /** A calendar day without a number (隔天 = the next day). */
    CALENDAR_DAY("隔天", "隔日", "次日", "翌日"),
    /** A recurring schedule (每月25日前, 每年组织一次评审). */
    PERIODIC("每月", "每年", "每季", "每周", "每半年", "每日", "每天", "每星期", "年度", "季度", "月度"),
    /** Publication without a deadline (长期公开, 常态化公开, 动态更新). */
    CONTINUOUS("长期", "常态化", "随时", "动态", "持续"),
    /** An explicit "no fixed limit" (无固定办理时限). */
    NO_FIXED_LIMIT("无固定", "不固定", "无时限", "无期限", "不限");

    private final String[] words;

    Wording(String... words) {
        this.words = words;
    }

    /** Whether the text uses a word of this family. */
    boolean in(String text) {
        return Chars.containsAny(text, words);
    }
}
