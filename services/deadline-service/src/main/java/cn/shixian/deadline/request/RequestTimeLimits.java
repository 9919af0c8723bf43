package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestExtended;

/**
 * The working-day limits of a request (条例 arts. 30–33). Only {@code correctionWait} is a matter of
 * policy (the time the agency gives the applicant to correct, 补正期限); the others are the law's.
 *
 * @param answer           答复期限: working days after receipt (or after the corrected application)
 * @param correctionNotice 补正告知期限: a correction request later than this after receipt is flagged
 * @param correctionWait   补正期限: after this many working days without a correction the request may
 *                         be closed as 逾期不补正
 * @param maxExtension     延长期限: all extensions of one request together
 * @param thirdPartyReply  第三方答复期限: a third party consulted longer than this is flagged
 */
public record RequestTimeLimits(int answer, int correctionNotice, int correctionWait, int maxExtension,
                                int thirdPartyReply) {

    public static final RequestTimeLimits STATUTORY =
            new RequestTimeLimits(20, 7, 15, RequestExtended.MAX_TOTAL_WORKING_DAYS, 15);

    public RequestTimeLimits {
        requirePositive(answer, "answer");
        requirePositive(correctionNotice, "correctionNotice");
        requirePositive(correctionWait, "correctionWait");
        requirePositive(maxExtension, "maxExtension");
        requirePositive(thirdPartyReply, "thirdPartyReply");
    }

    /** The statutory limits with the agency's own time to correct. */
    public RequestTimeLimits withCorrectionWait(int workingDays) {
        return new RequestTimeLimits(answer, correctionNotice, workingDays, maxExtension, thirdPartyReply);
    }

    private static void requirePositive(int workingDays, String name) {
        if (workingDays < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 working day, was " + workingDays);
        }
    }
}
