package cn.shixian.deadline.request;

import cn.shixian.contracts.RequestOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The yearly report's request table (政府信息公开工作年度报告 part 三, 格式 2021) for one year: every
 * row of {@link ReportLine#lines()} by every {@link ReportColumn}. Built from the requests' clocks,
 * it is consistent by construction; built from cells as entered (last year's report, a draft),
 * {@link #check()} names the cells that break the form's rules.
 *
 * <p>How a request counts in year Y: received in Y, row 一, received before Y and not finished before
 * it, row 二; finished in Y (answered, withdrawn, closed as not corrected), its outcome row, else
 * row 四. A withdrawal counts as (六) 3 其他, as offices report it.
 */
public record RequestReport(int year, Map<ReportCell, Integer> cells) {

    public RequestReport {
        cells = Map.copyOf(cells);
    }

    /** The table of {@code year} counted from the requests' clocks. */
    public static RequestReport of(int year, Collection<RequestClock> requests) {
        Map<ReportCell, Integer> cells = new HashMap<>();
        for (RequestClock request : requests) {
            for (ReportLine line : linesOf(request, year)) {
                ReportColumn column = ReportColumn.of(request.applicantType());
                cells.merge(new ReportCell(line, column), 1, Integer::sum);
                cells.merge(new ReportCell(line, ReportColumn.TOTAL), 1, Integer::sum);
            }
        }
        return new RequestReport(year, cells);
    }

    /** A table as someone entered it; absent cells are 0. */
    public static RequestReport entered(int year, Map<ReportCell, Integer> cells) {
        return new RequestReport(year, cells);
    }

    public int count(ReportLine line, ReportColumn column) {
        return cells.getOrDefault(new ReportCell(line, column), 0);
    }

    /** One row of the table, every column in the form's order. */
    public Map<ReportColumn, Integer> row(ReportLine line) {
        Map<ReportColumn, Integer> row = new EnumMap<>(ReportColumn.class);
        for (ReportColumn column : ReportColumn.values()) {
            row.put(column, count(line, column));
        }
        return row;
    }

    /** Every rule of the form the table breaks; empty when it is consistent. */
    public List<Inconsistency> check() {
        List<Inconsistency> broken = new ArrayList<>();
        for (ReportColumn column : ReportColumn.values()) {
            balance(column).ifPresent(broken::add);
            finishedTotal(column).ifPresent(broken::add);
        }
        for (ReportLine line : ReportLine.lines()) {
            columnTotal(line).ifPresent(broken::add);
        }
        return broken;
    }

    /** The rows a request counts in for {@code year}: none, or its start row and its end row. */
    private static List<ReportLine> linesOf(RequestClock request, int year) {
        LocalDate closedOn = request.closedOn();
        if (request.receivedOn().getYear() > year || closedOn != null && closedOn.getYear() < year) {
            return List.of();
        }
        ReportLine start = request.receivedOn().getYear() == year ? ReportLine.RECEIVED : ReportLine.CARRIED_OVER;
        if (closedOn == null || closedOn.getYear() > year) {
            return List.of(start, ReportLine.CARRIED_FORWARD);
        }
        return List.of(start, ReportLine.of(outcomeOf(request)), ReportLine.FINISHED);
    }

    private static RequestOutcome outcomeOf(RequestClock request) {
        return request.answered().map(Answer::outcome).orElse(RequestOutcome.OTHER);
    }

    /** 一 + 二 = 三 + 四, the rule printed on the form. */
    private Optional<Inconsistency> balance(ReportColumn column) {
        int in = count(ReportLine.RECEIVED, column) + count(ReportLine.CARRIED_OVER, column);
        int out = count(ReportLine.FINISHED, column) + count(ReportLine.CARRIED_FORWARD, column);
        if (in == out) {
            return Optional.empty();
        }
        List<ReportCell> involved = List.of(new ReportCell(ReportLine.RECEIVED, column),
                new ReportCell(ReportLine.CARRIED_OVER, column), new ReportCell(ReportLine.FINISHED, column),
                new ReportCell(ReportLine.CARRIED_FORWARD, column));
        return Optional.of(new Inconsistency("一+二=三+四", involved, column.label() + ": 一 "
                + count(ReportLine.RECEIVED, column) + " + 二 " + count(ReportLine.CARRIED_OVER, column) + " = " + in
                + ", but 三（七） " + count(ReportLine.FINISHED, column) + " + 四 "
                + count(ReportLine.CARRIED_FORWARD, column) + " = " + out + " (第一项加第二项之和，等于第三项加第四项之和)"));
    }

    /** 三（七）总计 is the sum of the outcome rows. */
    private Optional<Inconsistency> finishedTotal(ReportColumn column) {
        int sum = ReportLine.outcomes().stream().mapToInt(line -> count(line, column)).sum();
        int total = count(ReportLine.FINISHED, column);
        return sum == total ? Optional.empty() : Optional.of(new Inconsistency(
                "三（七）=三（一）…（六）", List.of(new ReportCell(ReportLine.FINISHED, column)), column.label()
                + ": 三（七） 总计 is " + total + ", but the outcome rows add up to " + sum));
    }

    /** 总计 is the sum of the six applicant columns. */
    private Optional<Inconsistency> columnTotal(ReportLine line) {
        int sum = ReportColumn.applicants().stream().mapToInt(column -> count(line, column)).sum();
        int total = count(line, ReportColumn.TOTAL);
        return sum == total ? Optional.empty() : Optional.of(new Inconsistency("总计=各列之和",
                List.of(new ReportCell(line, ReportColumn.TOTAL)), line.number() + " " + line.label() + ": 总计 is "
                + total + ", but the applicant columns add up to " + sum));
    }
}
