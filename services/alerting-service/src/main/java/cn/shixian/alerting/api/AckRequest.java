package cn.shixian.alerting.api;

import cn.shixian.web.query.InvalidParameter;
import cn.shixian.web.query.RequestParameters;

/** The body of {@code POST /api/alerts/{id}/ack}; the whole body and the comment are optional. */
record AckRequest(String comment) {

    static final int MAX_COMMENT = 1000;

    /** The comment to store: null when absent or blank; refused when longer than {@link #MAX_COMMENT} characters. */
    static String commentOf(AckRequest request) {
        return checkedComment(request == null ? null : request.comment());
    }

    /** A comment of one or many acknowledgements: null when absent or blank; at most {@link #MAX_COMMENT} characters. */
    static String checkedComment(String text) {
        String comment = RequestParameters.blankToNull(text);
        if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            throw new InvalidParameter("comment", "comment may have at most " + MAX_COMMENT + " characters; had "
                    + comment.codePointCount(0, comment.length()));
        }
        return comment;
    }
}
