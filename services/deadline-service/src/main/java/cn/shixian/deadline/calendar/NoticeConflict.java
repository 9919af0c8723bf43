package cn.shixian.deadline.calendar;

/** A notice for a region and year that is loaded already with other days, sent without {@code correction}. */
class NoticeConflict extends RuntimeException {

    NoticeConflict(String message) {
        super(message);
    }
}
