package cn.shixian.deadline.obligation;

/** What became of one item event. */
public enum Disposition {
    /** It changed the item's state (and may have produced deadline events). */
    APPLIED,
    /** A revision not newer than the latest known version of the item: changes nothing. */
    STALE,
    /** A publication of an item not seen yet: kept until its revision arrives, or dead-lettered. */
    HELD,
    /** Nothing to do, e.g. retiring an item never seen. */
    IGNORED
}
