package cn.shixian.deadline.calendar;

/**
 * The answer to loading a notice, or to a dry run of it.
 *
 * @param changed    whether the calendar changed (false: the same notice was loaded already); for a
 *                   dry run, whether it would
 * @param recomputed open obligations (and request clocks) whose due date (or provisional flag)
 *                   moved; for a dry run, would move
 * @param dryRun     {@code ?dryRun=true}: nothing was stored, announced or recounted
 * @param changes    the notice days added and removed, the days that become off or working
 */
record NoticeLoaded(String region, int year, String source, String confidence, String calendarVersion,
                    boolean changed, int recomputed, boolean dryRun, NoticeChanges changes) {
}
