package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the yearly report's request table (格式 2021, part 三: 收到和处理政府信息公开申请情况).
 *
 * @param number  as printed: 一, 二, 三（一）, 三（三）1 … 三（七）, 四
 * @param outcome for an outcome row, the outcome it counts; else null
 */
public record ReportLine(String number, String label, Kind kind, RequestOutcome outcome) {

    /** What a row counts. */
    public enum Kind {
        /** 一、本年新收. */
        RECEIVED,
        /** 二、上年结转. */
        CARRIED_OVER,
        /** 三、本年度办理结果, one row per outcome. */
        OUTCOME,
        /** 三（七）总计. */
        FINISHED,
        /** 四、结转下年度继续办理. */
        CARRIED_FORWARD
    }

    public static final ReportLine RECEIVED = new ReportLine("一", "本年新收政府信息公开申请数量", Kind.RECEIVED, null);
    public static final ReportLine CARRIED_OVER = new ReportLine("二", "上年结转政府信息公开申请数量", Kind.CARRIED_OVER, null);
    public static final ReportLine FINISHED = new ReportLine("三（七）", "总计", Kind.FINISHED, null);
    public static final ReportLine CARRIED_FORWARD = new ReportLine("四", "结转下年度继续办理", Kind.CARRIED_FORWARD, null);

    private static final List<ReportLine> FORM = form();

    /** The row counting {@code outcome}. */
    public static ReportLine of(RequestOutcome outcome) {
        return FORM.get(2 + outcome.ordinal());
    }

    /** Every row in the form's order: 一, 二, the 21 outcome rows, 三（七）, 四. */
    public static List<ReportLine> lines() {
        return FORM;
    }

    /** The outcome rows only. */
    public static List<ReportLine> outcomes() {
        return FORM.subList(2, 2 + RequestOutcome.values().length);
    }

    private static List<ReportLine> form() {
        List<ReportLine> lines = new ArrayList<>(List.of(RECEIVED, CARRIED_OVER));
        for (RequestOutcome outcome : RequestOutcome.values()) {
            String number = "三" + outcome.group().number() + (outcome.position() == 0 ? "" : outcome.position());
            String label = outcome.position() == 0 ? outcome.group().label()
                    : outcome.group().label() + "/" + outcome.label();
            lines.add(new ReportLine(number, label, Kind.OUTCOME, outcome));
        }
        lines.add(FINISHED);
        lines.add(CARRIED_FORWARD);
        return List.copyOf(lines);
    }
}
