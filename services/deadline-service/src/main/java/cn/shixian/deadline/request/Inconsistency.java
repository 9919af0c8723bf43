package cn.shixian.deadline.request;

import java.util.List;

/**
 * A rule of the request table that its cells break.
 *
 * @param rule  which: {@code 一+二=三+四} (printed on the form: 第一项加第二项之和，等于第三项加第四项之和),
 *              {@code 三（七）=三（一）…（六）} or {@code 总计=各列之和}
 * @param cells the cells that take part, so the officer knows where to look
 */
public record Inconsistency(String rule, List<ReportCell> cells, String message) {

    public Inconsistency {
        cells = List.copyOf(cells);
    }
}
