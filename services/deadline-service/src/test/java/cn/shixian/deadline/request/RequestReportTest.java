package cn.shixian.deadline.request;

import static cn.shixian.deadline.request.RequestEvents.HAMI;
import static cn.shixian.deadline.request.RequestEvents.RULES;
import static cn.shixian.deadline.request.RequestEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shixian.contracts.ApplicantType;
import cn.shixian.contracts.RequestAnswered;
import cn.shixian.contracts.RequestCorrectionRequested;
import cn.shixian.contracts.RequestEvent;
import cn.shixian.contracts.RequestOutcome;
import cn.shixian.contracts.RequestWithdrawn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The yearly report's request table (格式 2021, part 三) counted from request clocks, and its consistency rules. */
class RequestReportTest {

    /** Requests of Hami around 2025, each named by what it tests. */
    private static final List<RequestClock> REQUESTS = List.of(
            answered("a-carried-over", "2024-12-20", ApplicantType.NATURAL_PERSON, "2025-01-10", RequestOutcome.DISCLOSED),
            answered("b-finished-2024", "2024-11-01", ApplicantType.NATURAL_PERSON, "2024-11-20", RequestOutcome.DISCLOSED),
            answered("c-withheld", "2025-03-03", ApplicantType.COMMERCIAL, "2025-03-20", RequestOutcome.WITHHELD_STATE_SECRET),
            open("d-still-open", "2025-12-15", ApplicantType.RESEARCH),
            answered("e-answered-2026", "2025-12-20", ApplicantType.LEGAL_SERVICE, "2026-01-05", RequestOutcome.NOT_HANDLED_REPEATED),
            withdrawn("f-withdrawn", "2025-06-02", ApplicantType.NATURAL_PERSON, "2025-06-10"),
            notCorrected("g-not-corrected", "2025-09-26", ApplicantType.NON_PROFIT, "2025-09-30", "2025-10-29"),
            open("h-received-2026", "2026-01-10", ApplicantType.NATURAL_PERSON),
            answered("i-late", "2025-05-06", ApplicantType.OTHER_ORGANIZATION, "2025-06-30", RequestOutcome.PARTLY_DISCLOSED));

    @Test
    void countsEachRequestOnceWhereItStartsAndOnceWhereItEnds() {
        RequestReport report = RequestReport.of(2025, REQUESTS);

        assertThat(nonZero(report)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("一 自然人", 1), Map.entry("一 法人或其他组织/商业企业", 1), Map.entry("一 法人或其他组织/科研机构", 1),
                Map.entry("一 法人或其他组织/社会公益组织", 1), Map.entry("一 法人或其他组织/法律服务机构", 1),
                Map.entry("一 法人或其他组织/其他", 1), Map.entry("一 总计", 6),
                Map.entry("二 自然人", 1), Map.entry("二 总计", 1),
                Map.entry("三（一） 自然人", 1), Map.entry("三（一） 总计", 1),
                Map.entry("三（二） 法人或其他组织/其他", 1), Map.entry("三（二） 总计", 1),
                Map.entry("三（三）1 法人或其他组织/商业企业", 1), Map.entry("三（三）1 总计", 1),
                Map.entry("三（六）1 法人或其他组织/社会公益组织", 1), Map.entry("三（六）1 总计", 1),
                Map.entry("三（六）3 自然人", 1), Map.entry("三（六）3 总计", 1),  // the withdrawal
                Map.entry("三（七） 自然人", 2), Map.entry("三（七） 法人或其他组织/商业企业", 1),
                Map.entry("三（七） 法人或其他组织/社会公益组织", 1), Map.entry("三（七） 法人或其他组织/其他", 1),
                Map.entry("三（七） 总计", 5),
                Map.entry("四 法人或其他组织/科研机构", 1), Map.entry("四 法人或其他组织/法律服务机构", 1),
                Map.entry("四 总计", 2)));
        assertThat(report.check()).isEmpty();
    }

    @Test
    void whatIsCarriedIntoOneYearIsCarriedOverInTheNext() {
        RequestReport year2025 = RequestReport.of(2025, REQUESTS);
        RequestReport year2026 = RequestReport.of(2026, REQUESTS);

        assertThat(year2026.row(ReportLine.CARRIED_OVER)).isEqualTo(year2025.row(ReportLine.CARRIED_FORWARD));
        assertThat(year2026.count(ReportLine.RECEIVED, ReportColumn.NATURAL_PERSON)).isEqualTo(1);
        assertThat(year2026.count(ReportLine.of(RequestOutcome.NOT_HANDLED_REPEATED), ReportColumn.LEGAL_SERVICE))
                .isEqualTo(1);
        assertThat(year2026.count(ReportLine.CARRIED_FORWARD, ReportColumn.TOTAL)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {2023, 2024, 2025, 2026, 2027})
    void aTableCountedFromRequestsKeepsEveryRuleOfTheForm(int year) {
        assertThat(RequestReport.of(year, REQUESTS).check()).isEmpty();
    }

    @Test
    void hasEveryRowOfThe2021FormInItsOrder() {
        List<ReportLine> lines = ReportLine.lines();

        assertThat(lines).hasSize(25);
        assertThat(lines).extracting(ReportLine::number).startsWith("一", "二", "三（一）", "三（二）", "三（三）1")
                .contains("三（三）8", "三（四）3", "三（五）5", "三（六）3").endsWith("三（七）", "四");
        assertThat(ReportLine.of(RequestOutcome.OTHER_NOT_CORRECTED).label())
                .isEqualTo("其他处理/申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        assertThat(ReportLine.of(RequestOutcome.PARTLY_DISCLOSED).label())
                .isEqualTo("部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(ReportColumn.values()).extracting(ReportColumn::label).containsExactly("自然人",
                "法人或其他组织/商业企业", "法人或其他组织/科研机构", "法人或其他组织/社会公益组织", "法人或其他组织/法律服务机构",
                "法人或其他组织/其他", "总计");
    }

    @Test
    void namesTheCellsThatBreakOnePlusTwoEqualsThreePlusFour() {
        Map<ReportCell, Integer> cells = new HashMap<>();
        for (ReportColumn column : List.of(ReportColumn.NATURAL_PERSON, ReportColumn.TOTAL)) {
            cells.put(new ReportCell(ReportLine.RECEIVED, column), 5);
            cells.put(new ReportCell(ReportLine.CARRIED_OVER, column), 1);
            cells.put(new ReportCell(ReportLine.of(RequestOutcome.DISCLOSED), column), 4);
            cells.put(new ReportCell(ReportLine.FINISHED, column), 4);
            cells.put(new ReportCell(ReportLine.CARRIED_FORWARD, column), 1);
        }

        List<Inconsistency> broken = RequestReport.entered(2025, cells).check();

        assertThat(broken).extracting(Inconsistency::rule).containsExactly("一+二=三+四", "一+二=三+四");
        assertThat(broken.getFirst().message())
                .isEqualTo("自然人: 一 5 + 二 1 = 6, but 三（七） 4 + 四 1 = 5 (第一项加第二项之和，等于第三项加第四项之和)");
        assertThat(broken.getFirst().cells()).extracting(ReportCell::name).containsExactly(
                "一 本年新收政府信息公开申请数量 × 自然人", "二 上年结转政府信息公开申请数量 × 自然人",
                "三（七） 总计 × 自然人", "四 结转下年度继续办理 × 自然人");
        assertThat(broken.get(1).cells()).extracting(ReportCell::column).containsOnly(ReportColumn.TOTAL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "outcome rows not adding up to 三（七）, 三（七）=三（一）…（六）, 三（七） 总计 × 法人或其他组织/商业企业",
            "总计 not the sum of its row,          总计=各列之和,          一 本年新收政府信息公开申请数量 × 总计"})
    void namesTheCellOfATotalThatDoesNotAddUp(String name, String rule, String cell) {
        Map<ReportCell, Integer> cells = new HashMap<>(consistentCells());
        if (rule.startsWith("三")) {
            // one more finished and one fewer carried forward: 一+二=三+四 still holds, the outcome rows do not add up
            cells.merge(new ReportCell(ReportLine.FINISHED, ReportColumn.COMMERCIAL), 1, Integer::sum);
            cells.merge(new ReportCell(ReportLine.CARRIED_FORWARD, ReportColumn.COMMERCIAL), -1, Integer::sum);
            cells.merge(new ReportCell(ReportLine.FINISHED, ReportColumn.TOTAL), 1, Integer::sum);
            cells.merge(new ReportCell(ReportLine.CARRIED_FORWARD, ReportColumn.TOTAL), -1, Integer::sum);
        } else {
            // one more received and carried forward in 总计 only: the column balances, its row does not add up
            cells.merge(new ReportCell(ReportLine.RECEIVED, ReportColumn.TOTAL), 1, Integer::sum);
            cells.merge(new ReportCell(ReportLine.CARRIED_FORWARD, ReportColumn.TOTAL), 1, Integer::sum);
        }

        List<Inconsistency> broken = RequestReport.entered(2025, cells).check();

        assertThat(broken).extracting(Inconsistency::rule).contains(rule);
        assertThat(broken).filteredOn(i -> i.rule().equals(rule)).flatExtracting(Inconsistency::cells)
                .extracting(ReportCell::name).contains(cell);
    }

    private static Map<ReportCell, Integer> consistentCells() {
        return RequestReport.of(2025, REQUESTS).cells();
    }

    private static Map<String, Integer> nonZero(RequestReport report) {
        Map<String, Integer> cells = new HashMap<>();
        report.cells().forEach((cell, count) -> {
            if (count != 0) {
                cells.put(cell.line().number() + " " + cell.column().label(), count);
            }
        });
        return cells;
    }

    private static RequestClock answered(String id, String receivedOn, ApplicantType applicant, String answeredOn,
                                         RequestOutcome outcome) {
        return clock(id, receivedOn, applicant, new RequestAnswered(id, at(answeredOn), outcome));
    }

    private static RequestClock open(String id, String receivedOn, ApplicantType applicant) {
        return clock(id, receivedOn, applicant);
    }

    private static RequestClock withdrawn(String id, String receivedOn, ApplicantType applicant, String withdrawnOn) {
        return clock(id, receivedOn, applicant, new RequestWithdrawn(id, at(withdrawnOn)));
    }

    private static RequestClock notCorrected(String id, String receivedOn, ApplicantType applicant, String askedOn,
                                             String closedOn) {
        return clock(id, receivedOn, applicant, new RequestCorrectionRequested(id, at(askedOn), "不明确"),
                new RequestAnswered(id, at(closedOn), RequestOutcome.OTHER_NOT_CORRECTED));
    }

    private static RequestClock clock(String id, String receivedOn, ApplicantType applicant, RequestEvent... after) {
        List<RequestEvent> events = new ArrayList<>(List.of(RequestEvents.received(id, receivedOn, HAMI, applicant)));
        events.addAll(List.of(after));
        RequestHistory history = RequestHistory.fold(events, RULES);
        assertThat(history.refusals()).as(id).isEmpty();
        return history.current().orElseThrow();
    }
}
