package cn.shixian.deadline.calendar;

/**
 * The answer to loading a notice.
 *
 * @param changed    whether the calendar changed (false: the same notice was loaded already)
 * @param recomputed open obligations whose due date (or provisional flag) moved
 */
record NoticeLoaded(String region, int year, String source, String confidence, String calendarVersion,
                    boolean changed, int recomputed) {
}
