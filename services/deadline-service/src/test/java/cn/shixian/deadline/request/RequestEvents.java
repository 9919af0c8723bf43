package cn.shixian.deadline.request;

import cn.shixian.contracts.ApplicantType;
import cn.shixian.contracts.RequestAnswered;
import cn.shixian.contracts.RequestChannel;
import cn.shixian.contracts.RequestConsultationEnded;
import cn.shixian.contracts.RequestConsultationStarted;
import cn.shixian.contracts.RequestConsultationStarted.PartyKind;
import cn.shixian.contracts.RequestCorrected;
import cn.shixian.contracts.RequestCorrectionRequested;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestExtended;
import cn.shixian.contracts.RequestOutcome;
import cn.shixian.contracts.RequestReceived;
import cn.shixian.contracts.RequestWithdrawn;
import cn.shixian.workcalendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Request events on given days (10:00 Beijing time), as the request handling system sends them. */
final class RequestEvents {

    static final String ID = "hami-ysq-2025-0042";
    static final String HAMI = "650500";
    static final String BEIJING = "110000";
    static final RequestRules RULES = RequestRules.statutory(WorkingDayCalendar.bundled());

    private RequestEvents() {
    }

    static OffsetDateTime at(String day) {
        return OffsetDateTime.of(LocalDate.parse(day), LocalTime.of(10, 0), ZoneOffset.ofHours(8));
    }

    static RequestReceived received(String day) {
        return received(ID, day, HAMI, ApplicantType.NATURAL_PERSON);
    }

    static RequestReceived received(String requestId, String day, String region, ApplicantType applicant) {
        return new RequestReceived(requestId, region, "哈密市人力资源和社会保障局", at(day), RequestChannel.ONLINE, applicant,
                "申请公开2024年度城乡居民基本养老保险基金收支情况", null);
    }

    static RequestCorrectionRequested correctionRequested(String day) {
        return new RequestCorrectionRequested(ID, at(day), "申请内容未写明所需信息的年度");
    }

    static RequestCorrected corrected(String day) {
        return new RequestCorrected(ID, at(day));
    }

    static RequestConsultationStarted consultationStarted(String day) {
        return consultationStarted(day, PartyKind.THIRD_PARTY);
    }

    static RequestConsultationStarted consultationStarted(String day, PartyKind kind) {
        return new RequestConsultationStarted(ID, at(day), "哈密市某养老服务有限公司", kind);
    }

    static RequestConsultationEnded consultationEnded(String day) {
        return new RequestConsultationEnded(ID, at(day));
    }

    static RequestExtended extended(String day, int workingDays) {
        return new RequestExtended(ID, at(day), workingDays, "政务公开办公室主任", "需汇总多个科室的信息");
    }

    static RequestAnswered answered(String day) {
        return answered(day, RequestOutcome.DISCLOSED);
    }

    static RequestAnswered answered(String day, RequestOutcome outcome) {
        return new RequestAnswered(ID, at(day), outcome);
    }

    static RequestWithdrawn withdrawn(String day) {
        return new RequestWithdrawn(ID, at(day));
    }

    static RequestHistory fold(RequestEvent... events) {
        return RequestHistory.fold(List.of(events), RULES);
    }

    /** The clock after events that must all fit. */
    static RequestClock clock(RequestEvent... events) {
        RequestHistory history = fold(events);
        if (!history.refusals().isEmpty()) {
            throw new AssertionError("refused: " + history.refusals());
        }
        return history.current().orElseThrow();
    }

    static LocalDate day(String day) {
        return LocalDate.parse(day);
    }
}
