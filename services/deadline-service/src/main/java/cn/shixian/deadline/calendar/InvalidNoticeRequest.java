package cn.shixian.deadline.calendar;

/** A notice request that is not a notice of the addressed region and year (answered 400). */
class InvalidNoticeRequest extends RuntimeException {

    InvalidNoticeRequest(String message) {
        super(message);
    }
}
