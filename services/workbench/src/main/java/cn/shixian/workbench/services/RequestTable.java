package cn.shixian.workbench.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * The yearly report's request table (年度报告 三、收到和处理政府信息公开申请情况, 格式 2021) as the
 * deadline-service counts it: its columns and rows in the form's order, and the form's rules it breaks.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestTable(int year, String region, List<Column> columns, List<Row> rows, boolean consistent,
                           List<Broken> inconsistencies) {

    public RequestTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
        inconsistencies = inconsistencies == null ? List.of() : List.copyOf(inconsistencies);
    }

    /** A column: its key and its heading ("自然人", "法人或其他组织/商业企业", "总计"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Column(String key, String label) {
    }

    /**
     * A row as printed: number ("一", "三（三）1", "三（七）", "四"), label ("不予公开/属于国家秘密"), kind
     * (RECEIVED, CARRIED_OVER, OUTCOME, FINISHED, CARRIED_FORWARD) and a count per column key.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String number, String label, String kind, String outcome, Map<String, Integer> cells) {

        public int count(String column) {
            Integer count = cells == null ? null : cells.get(column);
            return count == null ? 0 : count;
        }
    }

    /** A rule the table breaks, naming its cells as "三（七） 总计 × 自然人". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Broken(String rule, List<String> cells, String message) {

        public Broken {
            cells = cells == null ? List.of() : List.copyOf(cells);
        }
    }
}
